package cn.tongxin.notification.internal;

import static cn.tongxin.notification.internal.Addressees.distinctBy;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.tongxin.notification.Channel;
import cn.tongxin.notification.DeliveryKind;
import cn.tongxin.notification.EmailMode;
import cn.tongxin.notification.MessageCreated;

/**
 * E-mail: a message at once to each addressee who has an address and wants this kind at once; a digest when its
 * window closed. Listeners of the event publication registry, after the business step committed and apart from it
 * (a failed mail server never blocks or rolls back that step). No transaction around the send: the log's rows commit
 * one by one, so a mail sent stays logged as sent.
 */
@Component
class EmailChannel {

    private final Addressees addressees;
    private final Preferences preferences;
    private final DeliveryAttempts attempts;
    private final MessageTexts texts;

    EmailChannel(Addressees addressees, Preferences preferences, DeliveryAttempts attempts, MessageTexts texts) {
        this.addressees = addressees;
        this.preferences = preferences;
        this.attempts = attempts;
        this.texts = texts;
    }

    @Async(GatewayConfiguration.DELIVERY_EXECUTOR)
    @TransactionalEventListener
    public void on(MessageCreated m) {
        var people = addressees.of(m.committeeId(), m.recipient()).stream().filter(a -> a.hasEmail())
                .filter(distinctBy(a -> a.email().toLowerCase(java.util.Locale.ROOT))).toList();
        var wanted = preferences.of(people.stream().map(a -> a.id()).toList(), m.kind());
        for (var a : people) {
            if (wanted.get(a.id()).email() == EmailMode.DIRECT) {
                attempts.deliver(new Outgoing(m.committeeId(), Channel.EMAIL, a.id(), a.email(), DeliveryKind.of(m.kind()),
                        "message:" + m.notificationId() + ":EMAIL:" + a.id(), texts.emailSubject(m), texts.emailBody(m, a),
                        m.link()));
            }
        }
    }

    @Async(GatewayConfiguration.DELIVERY_EXECUTOR)
    @TransactionalEventListener
    public void on(DigestComposed d) {
        attempts.deliver(new Outgoing(d.committeeId(), Channel.EMAIL, d.accountId(), d.email(), DeliveryKind.DIGEST,
                d.dedupeKey(), d.subject(), d.body(), null));
    }
}
