package cn.tongxin.activity;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * 会议发言人次 by the speaker's party or group and by the speaker's sector, for several committees at once: each author
 * of each speech (口头发言 or 书面发言) at an activity held in the period ({@link ActivityHeadlines}' held) counts once,
 * under the party/group (党派) and the sector (界别) the member's roster entry names today; "未填" where it names none.
 * Groups are by name, so a system total adds up 民革 of the city and of each county. {@link #records} lists exactly
 * the speeches counted, from the same SQL.
 */
@Service
@Transactional(readOnly = true)
public class SpeechHeadlines {

    public static final String NONE = "未填";

    /** What the speeches are grouped by: the member's 党派 (party, group or 无党派) or 界别. */
    public enum By {
        PARTY("党派团体", "affiliation_id"), SECTOR("界别", "sector_id");

        private final String label;
        private final String column;

        By(String label, String column) {
            this.label = label;
            this.column = column;
        }

        public String label() {
            return label;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SpeechHeadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static String speakers(By by) {
        return " from activity_output o join held h on h.id = o.activity_id"
                + " join activity_output_author w on w.output_id = o.id"
                + " join member m on m.id = w.member_id"
                + " left join org_unit u on u.id = m." + by.column
                + " where o.committee_id = any(:committees) and o.kind in ('" + OutputKind.SPEECH_ORAL.name() + "', '"
                + OutputKind.SPEECH_WRITTEN.name() + "')";
    }

    /** 发言人次 per party/group or sector name, the most first. */
    public Map<String, Long> count(Collection<Long> committeeIds, DateRange range, By by) {
        Map<String, Long> sum = new HashMap<>();
        countPerCommittee(committeeIds, range, by).values().forEach(c -> c.forEach((name, n) -> sum.merge(name, n, Long::sum)));
        Map<String, Long> counts = new LinkedHashMap<>();
        sum.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** {@link #count} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, Map<String, Long>> countPerCommittee(Collection<Long> committeeIds, DateRange range, By by) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql(ActivityHeadlines.HELD + "select o.committee_id, coalesce(u.name, '" + NONE + "') as k, count(*) as n" + speakers(by)
                        + " group by 1, 2")
                .params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new HashMap<>()).put(rs.getString("k"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The speeches counted under {@code name}, one row per speaker and speech, newest first. */
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, By by, String name, PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.put("name", name);
        String where = speakers(by) + " and coalesce(u.name, '" + NONE + "') = :name";
        long total = jdbc.sql(ActivityHeadlines.HELD + "select count(*)" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql(ActivityHeadlines.HELD + "select o.id, o.activity_id, o.title, o.kind, m.name as speaker, h.starts_at" + where
                        + " order by h.starts_at desc, o.id desc, m.id limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord("发言 " + rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant().atZone(clock.getZone()).toLocalDate(),
                        OutputKind.valueOf(rs.getString("kind")).label() + "·" + rs.getString("speaker"),
                        "/activities/" + rs.getLong("activity_id") + "/outputs/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new), "from", range.startsAt(clock.getZone()),
                "to", range.endsBefore(clock.getZone()));
    }
}
