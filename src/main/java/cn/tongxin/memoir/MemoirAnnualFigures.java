package cn.tongxin.memoir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.memoir.MemoirWorkflow.Status;
import cn.tongxin.report.AnnualFigureSource;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * 文史资料 in the annual account (ADR 021): calls opened (by their opening day), accounts submitted (by the moment
 * submitted, withdrawn ones not) and accounts selected (by the moment selected, still selected), each count beside the
 * records it counts.
 */
@Component
class MemoirAnnualFigures implements AnnualFigureSource {

    static final String PREFIX = "MEMOIR:";
    static final String CALLS = PREFIX + "CALLS";
    static final String SUBMITTED = PREFIX + "SUBMITTED";
    static final String SELECTED = PREFIX + "SELECTED";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String AREA = "文史资料";

    private static final String CALLS_WHERE = " where committee_id = any(?) and opens_on between ? and ?";
    private static final String SUBMITTED_WHERE = " where committee_id = any(?) and status <> 'WITHDRAWN' and submitted_at >= ? and submitted_at < ?";
    private static final String SELECTED_WHERE = " where committee_id = any(?) and status = 'SELECTED' and selected_at >= ? and selected_at < ?";

    private final JdbcClient jdbc;

    MemoirAnnualFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(
                new Definition(CALLS, AREA, "文史资料征集（次）", "期间内开始的文史资料征集，按征集开始日期"),
                new Definition(SUBMITTED, AREA, "收到文史资料稿件（篇）", "期间内提交或代为录入的稿件（不含作者已撤回的），按提交时间"),
                new Definition(SELECTED, AREA, "文史资料稿件入选（篇）", "期间内入选的稿件（此后改回待审阅的不计），按入选时间"));
    }

    @Override
    public Map<String, Long> values(Collection<Long> committees, DateRange range) {
        Long[] ids = committees.toArray(Long[]::new);
        Map<String, Long> values = new LinkedHashMap<>();
        values.put(CALLS, jdbc.sql("select count(*) from memoir_call" + CALLS_WHERE).params(ids, range.from(), range.to())
                .query(Long.class).single());
        values.put(SUBMITTED, jdbc.sql("select count(*) from memoir" + SUBMITTED_WHERE)
                .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE)).query(Long.class).single());
        values.put(SELECTED, jdbc.sql("select count(*) from memoir" + SELECTED_WHERE)
                .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE)).query(Long.class).single());
        return values;
    }

    @Override
    public Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        Long[] ids = committees.toArray(Long[]::new);
        if (CALLS.equals(key)) {
            long total = jdbc.sql("select count(*) from memoir_call" + CALLS_WHERE).params(ids, range.from(), range.to())
                    .query(Long.class).single();
            var rows = jdbc.sql("select id, theme, opens_on, status from memoir_call" + CALLS_WHERE + " order by opens_on, id limit ? offset ?")
                    .params(ids, range.from(), range.to(), page.size(), page.offset())
                    .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("theme"),
                            rs.getObject("opens_on", LocalDate.class), "OPEN".equals(rs.getString("status")) ? "征集中" : "已截止",
                            "/memoirs/calls/" + rs.getLong("id"))).list();
            return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
        }
        String where = SUBMITTED.equals(key) ? SUBMITTED_WHERE : SELECTED.equals(key) ? SELECTED_WHERE : null;
        if (where == null) {
            return Optional.empty();
        }
        String dated = SUBMITTED.equals(key) ? "submitted_at" : "selected_at";
        long total = jdbc.sql("select count(*) from memoir" + where).params(ids, range.startsAt(ZONE), range.endsBefore(ZONE))
                .query(Long.class).single();
        var rows = jdbc.sql("select id, title, author_name, status, " + dated + " as dated from memoir" + where
                        + " order by " + dated + ", id limit ? offset ?")
                .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE), page.size(), page.offset())
                .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("title") + "（" + rs.getString("author_name") + "）",
                        rs.getTimestamp("dated").toInstant().atZone(ZONE).toLocalDate(), Status.valueOf(rs.getString("status")).label(),
                        "/memoirs/" + rs.getLong("id"))).list();
        return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
    }
}
