/**
 * In-app messages and reminders (at most one reminder per obligation, recipient and day), and their way out to people:
 * e-mail over SMTP and SMS through a gateway, as each user's preferences say (at once, or in a daily e-mail digest),
 * delivered from the event publication registry with bounded retries and a delivery log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息提醒")
package cn.tongxin.notification;
