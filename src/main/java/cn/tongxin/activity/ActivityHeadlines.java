package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.DateRange;

/**
 * The headline activity figures of several committees at once, with the definitions of {@link ActivityStatistics}:
 * activities starting in the period, not cancelled; 人次 = attendance records (出席 + 列席); 出席率 = present ÷ invited
 * of the activities that have ended. One query, however many committees. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ActivityHeadlines {

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityHeadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * {@code nextEnd}: when the next activity of the period that has not ended yet ends — the attendance figures change
     * then without any event, so a copy of them is good until that moment.
     */
    public record Figures(long activities, long personTimes, long invited, long present, Optional<Instant> nextEnd) {
        public static final Figures NONE = new Figures(0, 0, 0, 0, Optional.empty());
    }

    public Map<Long, Figures> of(Collection<Long> committeeIds, DateRange range) {
        Map<Long, Figures> figures = new HashMap<>();
        jdbc.sql("""
                with held as (
                  select a.id, a.committee_id, a.ends_at, a.ends_at < now() as ended from activity a
                   where a.committee_id = any(:committees) and a.starts_at >= :from and a.starts_at < :to and a.status <> 'CANCELLED'),
                attendance as (
                  select h.committee_id, count(*) as n from activity_attendance t join held h on h.id = t.activity_id group by h.committee_id),
                invitations as (
                  select h.committee_id, count(*) as invited, count(t.member_id) as present
                    from held h join activity_invitee i on i.activity_id = h.id
                    left join activity_attendance t on t.activity_id = i.activity_id and t.member_id = i.member_id
                   where h.ended group by h.committee_id)
                select h.committee_id, count(*) as activities, min(h.ends_at) filter (where not h.ended) as next_end,
                       coalesce(max(a.n), 0) as person_times, coalesce(max(i.invited), 0) as invited, coalesce(max(i.present), 0) as present
                  from held h left join attendance a on a.committee_id = h.committee_id left join invitations i on i.committee_id = h.committee_id
                 group by h.committee_id""")
                .param("committees", committeeIds.toArray(Long[]::new))
                .param("from", range.startsAt(clock.getZone())).param("to", range.endsBefore(clock.getZone()))
                .query((rs, n) -> figures.put(rs.getLong("committee_id"), new Figures(rs.getLong("activities"), rs.getLong("person_times"),
                        rs.getLong("invited"), rs.getLong("present"),
                        Optional.ofNullable(rs.getTimestamp("next_end")).map(Timestamp::toInstant))))
                .list();
        for (Long committee : committeeIds) {
            figures.putIfAbsent(committee, Figures.NONE);
        }
        return figures;
    }
}
