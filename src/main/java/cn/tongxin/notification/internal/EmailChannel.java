package cn.tongxin.notification.internal;

import static cn.tongxin.notification.internal.Addressees.distinctBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.tongxin.account.AccountDirectory;
import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.Channel;
import cn.tongxin.notification.DeliveryKind;
import cn.tongxin.notification.EmailMode;
import cn.tongxin.notification.MessageCreated;
import cn.tongxin.notification.MessagePreference;

/**
 * E-mail: a message at once to each addressee who has an address and wants this kind at once (handed over by
 * {@link MessageDispatch}); a digest when its window closed, to the address the account has when it is sent. No
 * transaction around the send: the log's rows commit one by one, so a mail sent stays logged as sent.
 */
@Component
class EmailChannel implements MessageChannel {

    private final DeliveryAttempts attempts;
    private final MessageTexts texts;
    private final AccountDirectory directory;

    EmailChannel(DeliveryAttempts attempts, MessageTexts texts, AccountDirectory directory) {
        this.attempts = attempts;
        this.texts = texts;
        this.directory = directory;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(MessageCreated m, List<Addressee> people, Map<Long, MessagePreference> wanted) {
        people.stream().filter(Addressee::hasEmail).filter(distinctBy(a -> a.email().toLowerCase(Locale.ROOT)))
                .filter(a -> wanted.get(a.id()).email() == EmailMode.DIRECT)
                .forEach(a -> attempts.deliver(new Outgoing(m.committeeId(), Channel.EMAIL, a.id(), a.email(),
                        DeliveryKind.of(m.kind()), "message:" + m.notificationId() + ":EMAIL:" + a.id(), texts.emailSubject(m),
                        texts.emailBody(m, a), m.link())));
    }

    /**
     * A listener of the event publication registry, after the digest's window moved and apart from it. The event
     * names the account, not its address (the registry keeps events; addresses are kept only sealed).
     */
    @Async(GatewayConfiguration.DELIVERY_EXECUTOR)
    @TransactionalEventListener
    public void on(DigestComposed d) {
        directory.find(d.accountId()).filter(Addressee::hasEmail).ifPresent(a -> attempts.deliver(new Outgoing(
                d.committeeId(), Channel.EMAIL, d.accountId(), a.email(), DeliveryKind.DIGEST, d.dedupeKey(), d.subject(),
                d.body(), null)));
    }
}
