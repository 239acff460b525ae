package cn.tongxin.activity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.SubjectType;

/**
 * Wrong check-in codes per member and activity over a sliding window, in the database so that the limit holds across
 * instances: a six-digit code changing every minute could otherwise be guessed by trying codes fast.
 */
@Repository
public class CheckInGuesses {

    /** Wrong codes a member may type for one activity within {@link #WINDOW}. */
    public static final int MAX_WRONG = 5;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CheckInGuesses(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the member has used up their wrong guesses for the activity. */
    public boolean exhausted(long activityId, long memberId, Instant now) {
        return recent(activityId, memberId, now) >= MAX_WRONG;
    }

    /**
     * Records a wrong code in its own transaction (the check-in itself is refused and rolled back) with an audit entry,
     * and forgets the member's guesses older than the window.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void wrong(long committeeId, long activityId, long memberId, Instant now) {
        jdbc.sql("delete from checkin_guess where activity_id = ? and member_id = ? and guessed_at < ?")
                .params(activityId, memberId, Timestamp.from(now.minus(WINDOW))).update();
        jdbc.sql("insert into checkin_guess (committee_id, activity_id, member_id, guessed_at) values (?, ?, ?, ?)")
                .params(committeeId, activityId, memberId, Timestamp.from(now)).update();
        long count = recent(activityId, memberId, now);
        audit.record(committeeId, "签到码错误", SubjectType.ACTIVITY.name(), activityId, "委员 " + memberId + "，"
                + WINDOW.toMinutes() + "分钟内第" + count + "次" + (count >= MAX_WRONG ? "，暂停签到" + WINDOW.toMinutes() + "分钟" : ""));
    }

    private long recent(long activityId, long memberId, Instant now) {
        return jdbc.sql("select count(*) from checkin_guess where activity_id = ? and member_id = ? and guessed_at > ?")
                .params(activityId, memberId, Timestamp.from(now.minus(WINDOW))).query(Long.class).single();
    }
}
