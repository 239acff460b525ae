package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The headline activity figures of several committees at once, with the definitions of {@link ActivityStatistics}:
 * activities starting in the period, not cancelled; 人次 = attendance records (出席 + 列席); 出席率 = present ÷ invited
 * of the activities that have ended. One query, however many committees; {@link #records} lists exactly what a figure
 * counts, from the same SQL. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ActivityHeadlines {

    static final String HELD = """
            with held as (
              select a.id, a.committee_id, a.title, a.type, a.starts_at, a.ends_at, a.ends_at < now() as ended from activity a
               where a.committee_id = any(:committees) and a.starts_at >= :from and a.starts_at < :to and a.status <> 'CANCELLED')
            """;
    /** Per measure: the rows counted, each with the activity's columns as {@code h.*}. */
    private static final Map<Measure, String> ROWS = new EnumMap<>(Map.of(
            Measure.HELD, " from held h where true",
            Measure.PERSON_TIMES, " from activity_attendance t join held h on h.id = t.activity_id join member m on m.id = t.member_id where true",
            Measure.INVITED, " from held h join activity_invitee i on i.activity_id = h.id join member m on m.id = i.member_id where h.ended",
            Measure.PRESENT, " from held h join activity_invitee i on i.activity_id = h.id join member m on m.id = i.member_id"
                    + " join activity_attendance t on t.activity_id = i.activity_id and t.member_id = i.member_id where h.ended"));

    public enum Measure {
        HELD, PERSON_TIMES, INVITED, PRESENT
    }

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
        jdbc.sql(HELD + """
                , attendance as (select h.committee_id, count(*) as n %s group by h.committee_id),
                invitations as (
                  select h.committee_id, count(*) as invited, count(t.member_id) as present
                    from held h join activity_invitee i on i.activity_id = h.id
                    left join activity_attendance t on t.activity_id = i.activity_id and t.member_id = i.member_id
                   where h.ended group by h.committee_id)
                select h.committee_id, count(*) as activities, min(h.ends_at) filter (where not h.ended) as next_end,
                       coalesce(max(a.n), 0) as person_times, coalesce(max(i.invited), 0) as invited, coalesce(max(i.present), 0) as present
                  from held h left join attendance a on a.committee_id = h.committee_id left join invitations i on i.committee_id = h.committee_id
                 group by h.committee_id""".formatted(ROWS.get(Measure.PERSON_TIMES)))
                .params(params(committeeIds, range))
                .query((rs, n) -> figures.put(rs.getLong("committee_id"), new Figures(rs.getLong("activities"), rs.getLong("person_times"),
                        rs.getLong("invited"), rs.getLong("present"),
                        Optional.ofNullable(rs.getTimestamp("next_end")).map(Timestamp::toInstant))))
                .list();
        for (Long committee : committeeIds) {
            figures.putIfAbsent(committee, Figures.NONE);
        }
        return figures;
    }

    /** Activities held per type over all the committees (consultations by kind, trainings …). */
    public Map<ActivityType, Long> byType(Collection<Long> committeeIds, DateRange range) {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        byTypePerCommittee(committeeIds, range).values().forEach(c -> c.forEach((type, n) -> counts.merge(type, n, Long::sum)));
        return counts;
    }

    /** {@link #byType} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, Map<ActivityType, Long>> byTypePerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, Map<ActivityType, Long>> counts = new HashMap<>();
        jdbc.sql(HELD + "select h.committee_id, h.type, count(*) as n" + ROWS.get(Measure.HELD) + " group by h.committee_id, h.type")
                .params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new EnumMap<>(ActivityType.class))
                        .put(ActivityType.valueOf(rs.getString("type")), rs.getLong("n"))).list();
        return counts;
    }

    /**
     * What one measure counts over the activities of one type, e.g. trainings held (举办培训班 N 期) and their 人次
     * (培训委员 N 人次): the rows {@link #records} lists for the same measure and type.
     */
    public long count(Collection<Long> committeeIds, DateRange range, Measure measure, ActivityType type) {
        return countPerCommittee(committeeIds, range, measure, type).values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@link #count} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, Long> countPerCommittee(Collection<Long> committeeIds, DateRange range, Measure measure, ActivityType type) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql(HELD + "select h.committee_id, count(*) as n" + rows(measure, type, params) + " group by h.committee_id").params(params)
                .query((rs, n) -> counts.put(rs.getLong("committee_id"), rs.getLong("n"))).list();
        return counts;
    }

    private static String rows(Measure measure, ActivityType type, Map<String, Object> params) {
        if (type == null) {
            return ROWS.get(measure);
        }
        params.put("type", type.name());
        return ROWS.get(measure) + " and h.type = :type";
    }

    /** The activities (or, for 人次 and attendance, the member rows) a figure counts, of one type if given; newest first. */
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, Measure measure, ActivityType type,
                                             PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        String rows = rows(measure, type, params);
        long total = jdbc.sql(HELD + "select count(*)" + rows).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String member = measure == Measure.HELD ? "null" : "m.name";
        var items = jdbc.sql(HELD + "select h.id, h.title, h.type, h.starts_at, h.ended, " + member + " as member_name" + rows
                        + " order by h.starts_at desc, h.id desc, member_name limit :limit offset :offset").params(params)
                .query((rs, n) -> {
                    String who = rs.getString("member_name");
                    String status = ActivityType.valueOf(rs.getString("type")).label() + (rs.getBoolean("ended") ? "·已结束" : "");
                    return new CountedRecord(who == null ? "活动 " + rs.getLong("id") : who, rs.getString("title"),
                            rs.getTimestamp("starts_at").toInstant().atZone(clock.getZone()).toLocalDate(), status,
                            "/activities/" + rs.getLong("id"));
                }).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new),
                "from", range.startsAt(clock.getZone()), "to", range.endsBefore(clock.getZone()));
    }
}
