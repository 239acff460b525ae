package cn.tongxin.notification.internal;

import static cn.tongxin.notification.internal.Addressees.distinctBy;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.Channel;
import cn.tongxin.notification.DeliveryKind;
import cn.tongxin.notification.MessageCreated;
import cn.tongxin.notification.MessagePreference;

/** SMS: a message at once to each addressee with a mobile who wants this kind by SMS (as {@link EmailChannel}). */
@Component
class SmsChannel implements MessageChannel {

    private final DeliveryAttempts attempts;
    private final MessageTexts texts;

    SmsChannel(DeliveryAttempts attempts, MessageTexts texts) {
        this.attempts = attempts;
        this.texts = texts;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void deliver(MessageCreated m, List<Addressee> people, Map<Long, MessagePreference> wanted) {
        people.stream().filter(Addressee::hasMobile).filter(distinctBy(Addressee::mobile))
                .filter(a -> wanted.get(a.id()).sms())
                .forEach(a -> attempts.deliver(new Outgoing(m.committeeId(), Channel.SMS, a.id(), a.mobile(),
                        DeliveryKind.of(m.kind()), "message:" + m.notificationId() + ":SMS:" + a.id(), m.title(),
                        texts.smsText(m), m.link())));
    }
}
