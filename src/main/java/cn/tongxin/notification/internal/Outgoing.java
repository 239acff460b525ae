package cn.tongxin.notification.internal;

import cn.tongxin.notification.Channel;
import cn.tongxin.notification.DeliveryKind;

/**
 * One e-mail or SMS to send. {@code dedupeKey} names it once (message × channel × account, or digest window ×
 * account), so that a listener run again for the same event sends nothing twice. For SMS, {@code subject} is the
 * template's title parameter. {@code address} is plain when the listener hands it over and sealed when a retry reads
 * it back from the log; the log stores it sealed either way.
 */
public record Outgoing(long committeeId, Channel channel, Long accountId, String address, DeliveryKind kind,
                       String dedupeKey, String subject, String body, String link) {
}
