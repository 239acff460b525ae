/**
 * The working-day calendar of a committee (Monday to Friday, less holidays, plus adjusted working weekends, as staff
 * maintain them) and due-date arithmetic in working days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历")
package cn.tongxin.calendar;
