package cn.tongxin.infrastructure;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The event publication registry keeps a row per event and listener; completed rows are only a record of what ran.
 * They are kept a week ({@code tongxin.events.keep-completed}) and then deleted, once a day by one instance: without
 * this the table grew by every write's publications forever (a plenary's 1,500 writes leave about 3,000). Incomplete
 * publications are never deleted: they are republished on restart.
 */
@Component
class CompletedPublications {

    private static final Logger log = LoggerFactory.getLogger(CompletedPublications.class);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Duration keep;

    CompletedPublications(JdbcClient jdbc, @Value("${tongxin.events.keep-completed:P7D}") Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
    }

    @Scheduled(cron = "0 40 3 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "completed-publications", lockAtMostFor = "PT30M")
    void daily() {
        long deleted = deleteOlderThan(keep);
        if (deleted > 0) {
            log.info("已清理 {} 条已完成的事件发布记录（保留 {}）", deleted, keep);
        }
    }

    /** Deletes publications completed more than {@code keep} ago, in batches; returns how many. */
    long deleteOlderThan(Duration keep) {
        long total = 0;
        while (true) {
            int deleted = jdbc.sql("""
                    delete from event_publication where id in (
                        select id from event_publication
                         where completion_date is not null and completion_date < now() - make_interval(secs => ?)
                         limit ?)""")
                    .params((double) keep.toSeconds(), BATCH).update();
            total += deleted;
            if (deleted < BATCH) {
                return total;
            }
        }
    }
}
