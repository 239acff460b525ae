package cn.tongxin.timeline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline.TimelineEntry;

/** The SQL of the timeline_entry table. */
@Repository
public class TimelineEntries {

    private final JdbcClient jdbc;

    TimelineEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long committeeId, SubjectType subjectType, long subjectId, Instant occurredAt, String actor,
                       String action, String from, String to, String comment) {
        jdbc.sql("""
                insert into timeline_entry (committee_id, subject_type, subject_id, occurred_at, actor, action, from_status, to_status, comment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, subjectType.name(), subjectId, Timestamp.from(occurredAt), actor, action, from, to, comment)
                .update();
    }

    /** The entries of one subject, oldest first (bounded). */
    public List<TimelineEntry> of(long committeeId, SubjectType subjectType, long subjectId) {
        return jdbc.sql("""
                select occurred_at, actor, action, from_status, to_status, comment from timeline_entry
                 where committee_id = ? and subject_type = ? and subject_id = ? order by id limit 1000""")
                .params(committeeId, subjectType.name(), subjectId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"), rs.getString("comment")))
                .list();
    }
}
