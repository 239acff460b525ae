/**
 * Duty activities: meetings, consultations, research and inspections, democratic supervision, studios and reading —
 * invitations, sign-up and leave, phone check-in with a rotating code, attendance, speeches and outputs (with outcomes,
 * and government responses through the handling engine), the consultation plan, supervision groups and appraisals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "履职活动")
package cn.tongxin.activity;
