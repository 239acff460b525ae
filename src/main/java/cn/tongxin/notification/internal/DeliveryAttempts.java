package cn.tongxin.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.tongxin.notification.Channel;
import cn.tongxin.privacy.PersonalData;

/**
 * Sends through the gateways and writes every attempt to the delivery log. A failure never reaches the business step
 * (that committed before); it is retried with a growing pause (backoff × 4^(attempt−1)) up to the configured number
 * of attempts, then marked failed.
 */
@Component
public class DeliveryAttempts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Deliveries deliveries;
    private final EmailGateway email;
    private final SmsGateway sms;
    private final MessagingProperties settings;
    private final Clock clock;
    private final PersonalData personal;

    DeliveryAttempts(Deliveries deliveries, EmailGateway email, SmsGateway sms, MessagingProperties settings, Clock clock,
                     PersonalData personal) {
        this.personal = personal;
        this.deliveries = deliveries;
        this.email = email;
        this.sms = sms;
        this.settings = settings;
        this.clock = clock;
    }

    /** Logs and sends, once per dedupe key. */
    public void deliver(Outgoing o) {
        Instant now = clock.instant();
        deliveries.open(o, true, now, now.plus(settings.retryBackoff()))
                .ifPresent(id -> attempt(id, o, 0));
    }

    /**
     * Sends a text that must not be stored (a verification code): the log keeps that it was sent, not the text. It is
     * not retried; the person asks for a new code.
     */
    public void deliverSecret(Outgoing o, SmsGateway.Sms smsText) {
        Instant now = clock.instant();
        var id = deliveries.open(o, false, now, null);
        if (id.isEmpty()) {
            return;
        }
        try {
            if (o.channel() == Channel.EMAIL) {
                email.send(o.address(), o.subject(), o.body());
            } else {
                sms.send(o.address(), smsText);
            }
            deliveries.sent(id.get(), 1, clock.instant());
        } catch (RuntimeException e) {
            String reason = withoutAddress(reason(e), o.address());
            LOG.warn("{} delivery {} failed: {}", o.channel(), id.get(), reason);
            deliveries.failed(id.get(), 1, reason, Optional.empty());
        }
    }

    /** Retries what is due at {@code now}; returns how many were tried. */
    public int retryDue(Instant now) {
        var due = deliveries.due(now, 200);
        due.forEach(d -> attempt(d.id(), d.outgoing(), d.attempts()));
        return due.size();
    }

    private void attempt(long id, Outgoing o, int attemptsBefore) {
        int attempts = attemptsBefore + 1;
        String address = null;
        try {
            // plain on a first attempt, sealed on a retry (read back from the log); a key gone fails here, named
            address = personal.reveal(o.address());
            transmit(o, address);
            deliveries.sent(id, attempts, clock.instant());
        } catch (RuntimeException e) {
            Optional<Instant> next = attempts >= settings.maxAttempts() ? Optional.empty()
                    : Optional.of(clock.instant().plus(settings.retryBackoff().multipliedBy(1L << (2 * (attempts - 1)))));
            String reason = withoutAddress(reason(e), address);
            LOG.warn("{} delivery {} failed (attempt {}{}): {}", o.channel(), id, attempts,
                    next.isPresent() ? ", will retry" : ", giving up", reason);
            deliveries.failed(id, attempts, reason, next);
        }
    }

    private void transmit(Outgoing o, String address) {
        switch (o.channel()) {
            case EMAIL -> email.send(address, o.subject(), o.body());
            case SMS -> sms.send(address, new SmsGateway.Sms(SmsGateway.Purpose.NOTICE,
                    Map.of("title", MessageTexts.smsTitle(o.subject())), o.body()));
        }
    }

    /** A server's error may quote the address (550 No such user …): the log keeps it masked. */
    private static String withoutAddress(String reason, String address) {
        if (address == null || address.isBlank() || reason == null) {
            return reason;
        }
        return reason.replace(address, address.contains("@") ? PersonalData.maskEmail(address) : PersonalData.maskMobile(address));
    }

    private static String reason(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + "（" + root.getClass().getSimpleName() + "）";
    }
}
