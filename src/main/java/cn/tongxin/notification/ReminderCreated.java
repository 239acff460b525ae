package cn.tongxin.notification;

/** A reminder was created; delivery channels beyond the inbox (e-mail, SMS) listen to this. */
public record ReminderCreated(long notificationId, long committeeId, Recipient recipient, String title, String link) {
}
