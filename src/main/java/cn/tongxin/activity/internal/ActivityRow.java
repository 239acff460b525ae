package cn.tongxin.activity.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.shared.BusinessException;

/** The parts of an activity that participation rules need. */
public record ActivityRow(long id, long committeeId, String title, ActivityType type, Instant startsAt, Instant endsAt,
                          boolean signupOpen, boolean allowObservers, String checkinSecret, Instant checkinOpensAt,
                          Instant checkinClosesAt) {

    public static ActivityRow load(JdbcClient jdbc, long committeeId, long id) {
        return jdbc.sql("select * from activity where id = ? and committee_id = ?").params(id, committeeId)
                .query((rs, n) -> new ActivityRow(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("title"),
                        ActivityType.valueOf(rs.getString("type")), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("signup_open"), rs.getBoolean("allow_observers"),
                        rs.getString("checkin_secret"), rs.getTimestamp("checkin_opens_at").toInstant(),
                        rs.getTimestamp("checkin_closes_at").toInstant()))
                .optional().orElseThrow(() -> BusinessException.notFound("活动"));
    }
}
