package cn.tongxin.account.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes expired web sessions every five minutes, on one instance at a time (ShedLock). */
@Component
class ExpiredSessions {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${tongxin.sessions.cleanup-every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "expired-sessions", lockAtMostFor = "PT4M", lockAtLeastFor = "PT1M")
    public void delete() {
        sessions.cleanUpExpiredSessions();
    }
}
