package cn.tongxin.notification;

import java.time.Instant;

/** One row of the delivery log, the recipient's address masked. */
public record Delivery(long id, Channel channel, String recipient, DeliveryKind kind, String subject, DeliveryStatus status,
                       int attempts, String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {

    public String channelLabel() {
        return channel.label();
    }

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return status.label();
    }
}
