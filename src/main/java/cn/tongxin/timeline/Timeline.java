package cn.tongxin.timeline;

import cn.tongxin.shared.SubjectType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUsers;

/** Writes timeline entries in the caller's transaction; the caller has checked that the step is allowed. */
@Service
public class Timeline {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Timeline(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long committeeId, SubjectType subjectType, long subjectId, String action, String from, String to,
                       String comment) {
        String actor = currentUsers.find().map(u -> u.displayName() + "（" + u.rolesLabel() + "）").orElse("系统");
        jdbc.sql("""
                insert into timeline_entry (committee_id, subject_type, subject_id, occurred_at, actor, action, from_status, to_status, comment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, subjectType.name(), subjectId, Timestamp.from(Instant.now(clock)), actor, action, from, to,
                        comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000))
                .update();
    }

    /** The entries of one subject, oldest first (bounded). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(long committeeId, SubjectType subjectType, long subjectId) {
        return jdbc.sql("""
                select occurred_at, actor, action, from_status, to_status, comment from timeline_entry
                 where committee_id = ? and subject_type = ? and subject_id = ? order by id limit 1000""")
                .params(committeeId, subjectType.name(), subjectId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"), rs.getString("comment")))
                .list();
    }

    public record TimelineEntry(Instant occurredAt, String actor, String action, String fromStatus, String toStatus,
                                String comment) {
    }
}
