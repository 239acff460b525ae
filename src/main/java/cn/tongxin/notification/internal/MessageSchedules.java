package cn.tongxin.notification.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The message module's timed work, each on one instance at a time (ShedLock): the daily digest (at 07:00 by default)
 * and the retries of failed deliveries (every minute). Neither relies on the lock for correctness: digest windows
 * come from marks, retries from the log's due times.
 */
@Component
class MessageSchedules {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MessageSchedules.class);
    /** Messages written in the last moments may still be in open transactions: the window closes a little earlier. */
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private final DailyDigest digest;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    MessageSchedules(DailyDigest digest, DeliveryAttempts attempts, Clock clock) {
        this.digest = digest;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Scheduled(cron = "${tongxin.messages.digest-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "message-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
    public void dailyDigest() {
        try {
            int sent = digest.run(clock.instant().minus(SETTLE));
            LOG.info("daily digest: {} composed", sent);
        } catch (RuntimeException e) {
            LOG.error("daily digest failed", e);
        }
    }

    @Scheduled(fixedDelayString = "${tongxin.messages.retry-interval:PT1M}", initialDelayString = "${tongxin.messages.retry-interval:PT1M}")
    @SchedulerLock(name = "message-delivery-retry", lockAtMostFor = "PT30M")
    public void retries() {
        try {
            attempts.retryDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.error("message delivery retries failed", e);
        }
    }
}
