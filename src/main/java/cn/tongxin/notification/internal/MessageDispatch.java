package cn.tongxin.notification.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.MessageCreated;
import cn.tongxin.notification.MessageKind;
import cn.tongxin.notification.MessagePreference;
import cn.tongxin.notification.MessagesCreated;

/**
 * The one listener of {@link MessageCreated}: after the business step committed and apart from it, loads the message's
 * addressees (one query) and their preferences for its kind (one query) once, and hands both to each channel. One
 * publication per message in the event publication registry, whatever the number of channels.
 * <p>
 * {@link MessagesCreated} (one message to several recipients) is one publication too: its addressees are loaded in one
 * query per kind of recipient and their preferences in one query per kind of message, then each row goes to the
 * channels as its own message would.
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

    @Async(GatewayConfiguration.DELIVERY_EXECUTOR)
    @TransactionalEventListener
    public void on(MessagesCreated m) {
        dispatch(m);
    }

    /** On the caller's thread (the listener runs it on a delivery thread). */
    void dispatch(MessageCreated m) {
        List<Addressee> people = reachable(addressees.of(m.committeeId(), m.recipient()));
        if (people.isEmpty()) {
            return;
        }
        var wanted = preferences.of(people.stream().map(Addressee::id).toList(), m.kind());
        RuntimeException failure = send(m, people, wanted, null);
        if (failure != null) {
            throw failure;
        }
    }

    /** Every row of a message to several recipients, as {@link #dispatch(MessageCreated)} would each. */
    void dispatch(MessagesCreated batch) {
        List<MessageCreated> messages = batch.each();
        var byRecipient = addressees.of(batch.committeeId(), messages.stream().map(MessageCreated::recipient).toList());
        Map<MessageCreated, List<Addressee>> people = new HashMap<>();
        Map<MessageKind, java.util.Set<Long>> idsByKind = new java.util.EnumMap<>(MessageKind.class);
        for (MessageCreated m : messages) {
            List<Addressee> these = reachable(byRecipient.getOrDefault(m.recipient(), List.of()));
            people.put(m, these);
            these.forEach(a -> idsByKind.computeIfAbsent(m.kind(), k -> new java.util.LinkedHashSet<>()).add(a.id()));
        }
        Map<MessageKind, Map<Long, MessagePreference>> wanted = new java.util.EnumMap<>(MessageKind.class);
        idsByKind.forEach((kind, ids) -> wanted.put(kind, preferences.of(ids, kind)));
        RuntimeException failure = null;
        for (MessageCreated m : messages) {
            List<Addressee> these = people.get(m);
            if (!these.isEmpty()) {
                failure = send(m, these, wanted.get(m.kind()), failure);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static List<Addressee> reachable(List<Addressee> all) {
        return all.stream().filter(a -> a.hasEmail() || a.hasMobile()).toList();
    }

    /** Each channel in turn; a failure is added to the one before (returned), the other channels go on. */
    private RuntimeException send(MessageCreated m, List<Addressee> people, Map<Long, MessagePreference> wanted,
                                  RuntimeException failure) {
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
        return failure;
    }
}
