/**
 * In-app messages and reminders, at most one reminder per obligation, recipient and day; each reminder is also an
 * event that a later e-mail or SMS channel can deliver.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息提醒")
package cn.tongxin.notification;
