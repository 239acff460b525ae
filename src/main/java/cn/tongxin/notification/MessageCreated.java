package cn.tongxin.notification;

/**
 * A message was written to the inbox; the e-mail and SMS channels listen to this through the event publication
 * registry, so a message committed is delivered even when the process stops before its listeners ran.
 */
public record MessageCreated(long notificationId, long committeeId, Recipient recipient, MessageKind kind, String title,
                             String body, String link) {
}
