package cn.tongxin.notification.internal;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.MessageCreated;

/**
 * The one listener of {@link MessageCreated}: after the business step committed and apart from it, loads the message's
 * addressees (one query) and their preferences for its kind (one query) once, and hands both to each channel. One
 * publication per message in the event publication registry, whatever the number of channels.
 * <p>
 * A channel that fails does not stop the other: each runs, then the first failure is rethrown, so that the
 * publication stays incomplete and is delivered again (on restart, or resubmitted); the dedupe keys of the delivery
 * log let the second run send only what the first did not. A gateway's failure does not even get here: the delivery
 * log records it and retries it ({@link DeliveryAttempts}).
 */
@Component
class MessageDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(MessageDispatch.class);

    private final Addressees addressees;
    private final Preferences preferences;
    private final List<MessageChannel> channels;

    MessageDispatch(Addressees addressees, Preferences preferences, List<MessageChannel> channels) {
        this.addressees = addressees;
        this.preferences = preferences;
        this.channels = channels.stream().sorted(Comparator.comparing(MessageChannel::channel)).toList();
    }

    @Async(GatewayConfiguration.DELIVERY_EXECUTOR)
    @TransactionalEventListener
    public void on(MessageCreated m) {
        dispatch(m);
    }

    /** On the caller's thread (the listener runs it on a delivery thread). */
    void dispatch(MessageCreated m) {
        List<Addressee> people = addressees.of(m.committeeId(), m.recipient()).stream()
                .filter(a -> a.hasEmail() || a.hasMobile()).toList();
        if (people.isEmpty()) {
            return;
        }
        var wanted = preferences.of(people.stream().map(Addressee::id).toList(), m.kind());
        RuntimeException failure = null;
        for (MessageChannel channel : channels) {
            try {
                channel.deliver(m, people, wanted);
            } catch (RuntimeException e) {
                LOG.warn("{} of message {} failed, the other channels go on: {}", channel.channel(), m.notificationId(), e.toString());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
