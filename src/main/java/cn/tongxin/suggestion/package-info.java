/**
 * Micro-suggestions (微建议): "网上提出、网下办理、网上回复" — submitted from a phone, reviewed by staff, handled by one
 * unit through the handling engine within working days, rated by the member.
 */
@org.springframework.modulith.ApplicationModule(displayName = "微建议")
package cn.tongxin.suggestion;
