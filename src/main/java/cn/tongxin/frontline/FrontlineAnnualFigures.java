package cn.tongxin.frontline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityBriefs;
import cn.tongxin.report.AnnualFigureSource;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * 一线协商 in the annual account (ADR 020): points that worked in the period, activities held at them (by their start,
 * cancelled ones not), their 人次 and the problems solved (by the day solved) — the same conditions as
 * {@link FrontlineQueries#totals}, each count beside the records it counts. 人次 are typed per activity (citizens have
 * no rows of their own), so its records are each activity once per 人次 counted (k of N): the list and the sum agree.
 */
@Component
class FrontlineAnnualFigures implements AnnualFigureSource {

    static final String PREFIX = "FRONTLINE:";
    static final String POINTS = PREFIX + "POINTS";
    static final String ACTIVITIES = PREFIX + "ACTIVITIES";
    static final String PERSON_TIMES = PREFIX + "PERSON_TIMES";
    static final String SOLVED = PREFIX + "PROBLEMS_SOLVED";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String AREA = "一线协商";

    private final JdbcClient jdbc;
    private final ActivityBriefs briefs;

    FrontlineAnnualFigures(JdbcClient jdbc, ActivityBriefs briefs) {
        this.jdbc = jdbc;
        this.briefs = briefs;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(
                new Definition(POINTS, AREA, "一线协商点（个）", "期间内运行过的协商点：设立日期不晚于期末，且未在期初前撤销"),
                new Definition(ACTIVITIES, AREA, "协商点开展活动（场）", "期间内开始、计入协商点的活动（不含已取消的），按活动开始日期"),
                new Definition(PERSON_TIMES, AREA, "协商点活动参与（人次）", "上述活动登记的参与人次之和（含群众；未登记时为委员出勤人数）"),
                new Definition(SOLVED, AREA, "协商点解决问题（个）", "期间内解决的协商点问题，按解决日期（不按登记日期）"));
    }

    @Override
    public Map<String, Long> values(Collection<Long> committees, DateRange range) {
        Map<String, Long> values = new LinkedHashMap<>();
        Long[] ids = committees.toArray(Long[]::new);
        values.put(POINTS, jdbc.sql("""
                select count(*) from frontline_point where committee_id = any(?) and established_on <= ? and (closed_on is null or closed_on >= ?)""")
                .params(ids, range.to(), range.from()).query(Long.class).single());
        List<Held> held = held(committees, range);
        values.put(ACTIVITIES, (long) held.size());
        values.put(PERSON_TIMES, held.stream().mapToLong(Held::participants).sum());
        values.put(SOLVED, jdbc.sql("""
                select count(*) from frontline_problem where committee_id = any(?) and status = 'SOLVED' and solved_on between ? and ?""")
                .params(ids, range.from(), range.to()).query(Long.class).single());
        return values;
    }

    @Override
    public Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        Long[] ids = committees.toArray(Long[]::new);
        return switch (key) {
            case POINTS -> Optional.of(points(ids, range, page));
            case ACTIVITIES -> {
                List<Held> held = held(committees, range);
                yield Optional.of(new PageResult<>(held.stream().skip(page.offset()).limit(page.size()).map(h -> h.record(null)).toList(),
                        page.page(), page.size(), held.size()));
            }
            case PERSON_TIMES -> Optional.of(personTimes(held(committees, range), page));
            case SOLVED -> Optional.of(solved(ids, range, page));
            default -> Optional.empty();
        };
    }

    /** An activity held at a point in the period, with the point's name and the 人次 counted. */
    private record Held(ActivityBriefs.Brief activity, String point, long participants) {

        CountedRecord record(String times) {
            return new CountedRecord("第" + activity.id() + "号活动", activity.title() + "（" + point + "）" + (times == null ? "" : " · " + times),
                    activity.startsAt().atZone(ZONE).toLocalDate(), participants + "人次", activity.link());
        }
    }

    private List<Held> held(Collection<Long> committees, DateRange range) {
        List<Held> held = new ArrayList<>();
        for (long committee : committees) {
            Map<Long, Object[]> links = new LinkedHashMap<>();
            jdbc.sql("""
                    select a.activity_id, p.name, a.participants from frontline_point_activity a join frontline_point p on p.id = a.point_id
                     where a.committee_id = ?""").param(committee)
                    .query((rs, n) -> links.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getLong(3)})).list();
            briefs.of(committee, links.keySet()).values().stream()
                    .filter(a -> !a.cancelled())
                    .filter(a -> {
                        LocalDate day = a.startsAt().atZone(ZONE).toLocalDate();
                        return !day.isBefore(range.from()) && !day.isAfter(range.to());
                    })
                    .forEach(a -> held.add(new Held(a, (String) links.get(a.id())[0], (Long) links.get(a.id())[1])));
        }
        return held;
    }

    private static PageResult<CountedRecord> personTimes(List<Held> held, PageQuery page) {
        long total = held.stream().mapToLong(Held::participants).sum();
        List<CountedRecord> rows = new ArrayList<>();
        long skip = page.offset();
        for (Held h : held) {
            for (long k = 1; k <= h.participants() && rows.size() < page.size(); k++) {
                if (skip > 0) {
                    skip--;
                    continue;
                }
                rows.add(h.record("第" + k + "人次，共" + h.participants() + "人次"));
            }
            if (rows.size() >= page.size()) {
                break;
            }
        }
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private PageResult<CountedRecord> points(Long[] ids, DateRange range, PageQuery page) {
        String where = " where committee_id = any(?) and established_on <= ? and (closed_on is null or closed_on >= ?)";
        long total = jdbc.sql("select count(*) from frontline_point" + where).params(ids, range.to(), range.from()).query(Long.class).single();
        var rows = jdbc.sql("select id, name, level, established_on, status from frontline_point" + where
                        + " order by established_on, id limit ? offset ?")
                .params(ids, range.to(), range.from(), page.size(), page.offset())
                .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("name") + "（"
                        + PointLevel.valueOf(rs.getString("level")).label() + "）", rs.getObject("established_on", LocalDate.class),
                        FrontlineWorkflows.PointStatus.valueOf(rs.getString("status")).label(), "/frontline/" + rs.getLong("id"))).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private PageResult<CountedRecord> solved(Long[] ids, DateRange range, PageQuery page) {
        String where = " where q.committee_id = any(?) and q.status = 'SOLVED' and q.solved_on between ? and ?";
        long total = jdbc.sql("select count(*) from frontline_problem q" + where).params(ids, range.from(), range.to()).query(Long.class).single();
        var rows = jdbc.sql("select q.id, q.title, q.solved_on, q.point_id, p.name from frontline_problem q join frontline_point p on p.id = q.point_id"
                        + where + " order by q.solved_on, q.id limit ? offset ?")
                .params(ids, range.from(), range.to(), page.size(), page.offset())
                .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("title") + "（" + rs.getString("name") + "）",
                        rs.getObject("solved_on", LocalDate.class), "已解决", "/frontline/" + rs.getLong("point_id"))).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }
}
