/**
 * The business history of any subject (a proposal and its handling): who did what, when, from which state to which.
 */
@org.springframework.modulith.ApplicationModule(displayName = "办理轨迹")
package cn.tongxin.timeline;
