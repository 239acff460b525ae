package cn.tongxin.notification;

import java.time.Instant;

public record Message(long id, String title, String body, String link, Instant createdAt, boolean read) {
}
