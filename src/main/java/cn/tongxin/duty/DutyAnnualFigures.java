package cn.tongxin.duty;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.report.AnnualFigureSource;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;

/**
 * 委员值班 in the annual account (ADR 022): shifts held (by their start), questions received (by the moment asked,
 * approved ones), answered and converted (by the moment answered or converted), each count beside its records — the
 * same conditions as {@link DutyQuestions#counts}.
 */
@Component
class DutyAnnualFigures implements AnnualFigureSource {

    static final String PREFIX = "DUTY:";
    static final String SHIFTS = PREFIX + "SHIFTS";
    static final String RECEIVED = PREFIX + "QUESTIONS_RECEIVED";
    static final String ANSWERED = PREFIX + "QUESTIONS_ANSWERED";
    static final String CONVERTED = PREFIX + "QUESTIONS_CONVERTED";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String AREA = "委员值班";

    private static final String SHIFTS_WHERE = " where s.committee_id = any(?) and not s.cancelled and s.starts_at >= ? and s.starts_at < ?";
    /** Per question key: the condition, and the moment it counts by. */
    private static final Map<String, String[]> QUESTIONS = Map.of(
            RECEIVED, new String[] {"q.status in ('OPEN', 'ANSWERED', 'CONVERTED')", "q.asked_at"},
            ANSWERED, new String[] {"q.status = 'ANSWERED'", "q.answered_at"},
            CONVERTED, new String[] {"q.status = 'CONVERTED'", "q.answered_at"});

    private final JdbcClient jdbc;

    DutyAnnualFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(
                new Definition(SHIFTS, AREA, "委员网上值班（班次）", "期间内开始的值班安排（不含已取消的），按值班开始时间"),
                new Definition(RECEIVED, AREA, "值班收到群众留言（条）", "期间内群众在值班时段提交、审核通过的留言，按留言时间"),
                new Definition(ANSWERED, AREA, "值班委员答复留言（条）", "期间内由值班委员（或工作人员代为）答复的留言，按答复时间；已转办的不在此计"),
                new Definition(CONVERTED, AREA, "值班留言转办（条）", "期间内转为微建议、社情民意信息或提案线索的留言，按转办时间"));
    }

    @Override
    public Map<String, Long> values(Collection<Long> committees, DateRange range) {
        Long[] ids = committees.toArray(Long[]::new);
        Map<String, Long> values = new LinkedHashMap<>();
        values.put(SHIFTS, jdbc.sql("select count(*) from duty_shift s" + SHIFTS_WHERE).params(ids, range.startsAt(ZONE), range.endsBefore(ZONE))
                .query(Long.class).single());
        for (String key : List.of(RECEIVED, ANSWERED, CONVERTED)) {
            values.put(key, jdbc.sql("select count(*) from duty_question q" + where(key)).params(ids, range.startsAt(ZONE), range.endsBefore(ZONE))
                    .query(Long.class).single());
        }
        return values;
    }

    @Override
    public Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        Long[] ids = committees.toArray(Long[]::new);
        if (SHIFTS.equals(key)) {
            long total = jdbc.sql("select count(*) from duty_shift s" + SHIFTS_WHERE).params(ids, range.startsAt(ZONE), range.endsBefore(ZONE))
                    .query(Long.class).single();
            var rows = jdbc.sql("select s.id, s.topic, s.starts_at, m.name from duty_shift s join member m on m.id = s.member_id" + SHIFTS_WHERE
                            + " order by s.starts_at, s.id limit ? offset ?")
                    .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE), page.size(), page.offset())
                    .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "班", rs.getString("topic") + "（" + rs.getString("name") + "）",
                            rs.getTimestamp("starts_at").toInstant().atZone(ZONE).toLocalDate(), "已安排", "/duty")).list();
            return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
        }
        if (!QUESTIONS.containsKey(key)) {
            return Optional.empty();
        }
        String dated = QUESTIONS.get(key)[1];
        long total = jdbc.sql("select count(*) from duty_question q" + where(key)).params(ids, range.startsAt(ZONE), range.endsBefore(ZONE))
                .query(Long.class).single();
        var rows = jdbc.sql("select q.id, left(q.text, 60) as excerpt, q.status, q.converted_type, " + dated + " as dated, m.name"
                        + " from duty_question q join duty_shift s on s.id = q.shift_id join member m on m.id = s.member_id" + where(key)
                        + " order by " + dated + ", q.id limit ? offset ?")
                .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE), page.size(), page.offset())
                .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("excerpt") + "（值班委员 " + rs.getString("name") + "）",
                        rs.getTimestamp("dated").toInstant().atZone(ZONE).toLocalDate(),
                        DutyQuestions.label(rs.getString("status"),
                                rs.getString("converted_type") == null ? null : SubjectType.valueOf(rs.getString("converted_type"))),
                        "/duty")).list();
        return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
    }

    private static String where(String key) {
        String[] q = QUESTIONS.get(key);
        return " where q.committee_id = any(?) and " + q[0] + " and " + q[1] + " >= ? and " + q[1] + " < ?";
    }
}
