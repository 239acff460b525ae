package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.outcome.PastOutcomes;
import cn.tongxin.shared.ImportStamp;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Writes past outputs (历史数据导入) under the activities they came from, with their authors, adoptions and
 * instructions on their real days — flagged imported and read-only from then on. Runs in the importing transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastOutputs {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final PastOutcomes outcomes;

    PastOutputs(JdbcClient jdbc, PastOutcomes outcomes) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
    }

    /** An activity an output can be filed under: its title and the day it was held (in the committee's zone). */
    public record Held(long id, String title, LocalDate heldOn) {
    }

    /** The committee's activities (not cancelled), to find an output's activity by title and day. */
    public List<Held> activities(long committeeId) {
        return jdbc.sql("""
                select id, title, (starts_at at time zone 'Asia/Shanghai')::date as held_on from activity
                 where committee_id = ? and status <> 'CANCELLED' order by starts_at, id""")
                .param(committeeId).query((rs, n) -> new Held(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class))).list();
    }

    /** "activity id|title" of the committee's outputs already here, so that a file is not brought in twice. */
    public java.util.Set<String> existing(long committeeId) {
        return new java.util.HashSet<>(jdbc.sql("select activity_id || '|' || title from activity_output where committee_id = ?")
                .param(committeeId).query(String.class).list());
    }

    public List<Long> record(long committeeId, List<PastOutput> outputs, ImportStamp stamp) {
        List<Long> ids = new ArrayList<>();
        for (PastOutput o : outputs) {
            long id = jdbc.sql("""
                    insert into activity_output (committee_id, activity_id, kind, title, text, recorded_by, recorded_at,
                           imported, imported_by, imported_at)
                    values (?, ?, ?, ?, '（历史导入，原文未录入）', ?, ?, true, ?, ?) returning id""")
                    .params(committeeId, o.activityId(), o.kind().name(), o.title(), stamp.by(),
                            Timestamp.from(o.madeOn().atStartOfDay(ZONE).toInstant()), stamp.by(), Timestamp.from(stamp.at()))
                    .query(Long.class).single();
            o.authorIds().forEach(m -> jdbc.sql("insert into activity_output_author (output_id, member_id) values (?, ?)")
                    .params(id, m).update());
            SubjectRef subject = SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, id);
            o.adoptions().forEach(a -> outcomes.adopted(committeeId, subject, a.level(), a.on(), stamp));
            o.instructions().forEach(i -> outcomes.instructed(committeeId, subject, i.leader(), i.level(), i.on(), i.text(), stamp));
            ids.add(id);
        }
        return ids;
    }
}
