/**
 * Members (委员) of a committee: the roster with its filters, editing, and .xlsx import and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "委员")
package cn.tongxin.member;
