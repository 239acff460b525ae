/**
 * Shared kernel used by every module: business exceptions with messages for people, and pages of results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享内核", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.tongxin.shared;
