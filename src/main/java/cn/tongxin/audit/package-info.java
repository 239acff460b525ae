/**
 * Append-only audit log of every login attempt and every change: who, when, what, from which address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计")
package cn.tongxin.audit;
