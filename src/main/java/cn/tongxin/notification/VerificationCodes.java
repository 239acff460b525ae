package cn.tongxin.notification;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.internal.DeliveryAttempts;
import cn.tongxin.notification.internal.MessageTexts;
import cn.tongxin.notification.internal.Outgoing;
import cn.tongxin.notification.internal.SmsGateway;

/**
 * Sends a one-time code by e-mail or SMS. Not through the event publication registry: the code would be stored there
 * in clear. It goes after the caller's transaction commits, on a listener thread, so that the caller answers at
 * once whether or not anything is sent; the delivery log records the attempt without the code.
 */
@Component
public class VerificationCodes {

    private final DeliveryAttempts attempts;
    private final TaskExecutor executor;
    private final MessageTexts texts;

    VerificationCodes(DeliveryAttempts attempts, @Qualifier("deliveryExecutor") TaskExecutor executor,
                      MessageTexts texts) {
        this.attempts = attempts;
        this.executor = executor;
        this.texts = texts;
    }

    /** {@code reference} names this code once (e.g. the recovery ticket's id). */
    public void send(Addressee to, Channel channel, String code, int validMinutes, String reference) {
        String address = channel == Channel.EMAIL ? to.email() : to.mobile();
        var outgoing = new Outgoing(to.committeeId(), channel, to.id(), address, DeliveryKind.RECOVERY,
                "code:" + reference + ":" + channel, texts.codeSubject(),
                channel == Channel.EMAIL ? texts.codeBody(to, code, validMinutes) : texts.codeSms(code, validMinutes), null);
        var sms = new SmsGateway.Sms(SmsGateway.Purpose.CODE, Map.of("code", code), texts.codeSms(code, validMinutes));
        Runnable send = () -> executor.execute(() -> attempts.deliverSecret(outgoing, sms));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
