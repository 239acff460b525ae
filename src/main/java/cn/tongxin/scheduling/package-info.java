/**
 * Time and daily work. Spring Modulith moments publish {@code DayHasPassed} once a day (at midnight of the server's time
 * zone, dated in the committees' zone Asia/Shanghai); each module's daily work is a listener of that event, guarded by
 * ShedLock on the shared database ({@code shedlock} table, database time) so that of several instances on one database
 * exactly one does a day's work. This module provides the lock, and the day's trigger for a module's daily use case
 * where the module leaves it out (activity archiving); the work itself stays in the module that owns it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "定时任务")
package cn.tongxin.scheduling;
