package cn.tongxin.notification.internal;

import static cn.tongxin.notification.internal.Addressees.distinctBy;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.tongxin.notification.Channel;
import cn.tongxin.notification.DeliveryKind;
import cn.tongxin.notification.MessageCreated;

/** SMS: a message at once to each addressee with a mobile who wants this kind by SMS (as {@link EmailChannel}). */
@Component
class SmsChannel {

    private final Addressees addressees;
    private final Preferences preferences;
    private final DeliveryAttempts attempts;
    private final MessageTexts texts;

    SmsChannel(Addressees addressees, Preferences preferences, DeliveryAttempts attempts, MessageTexts texts) {
        this.addressees = addressees;
        this.preferences = preferences;
        this.attempts = attempts;
        this.texts = texts;
    }

    @Async(GatewayConfiguration.DELIVERY_EXECUTOR)
    @TransactionalEventListener
    public void on(MessageCreated m) {
        var people = addressees.of(m.committeeId(), m.recipient()).stream().filter(a -> a.hasMobile())
                .filter(distinctBy(a -> a.mobile())).toList();
        var wanted = preferences.of(people.stream().map(a -> a.id()).toList(), m.kind());
        for (var a : people) {
            if (wanted.get(a.id()).sms()) {
                attempts.deliver(new Outgoing(m.committeeId(), Channel.SMS, a.id(), a.mobile(), DeliveryKind.of(m.kind()),
                        "message:" + m.notificationId() + ":SMS:" + a.id(), m.title(), texts.smsText(m), m.link()));
            }
        }
    }
}
