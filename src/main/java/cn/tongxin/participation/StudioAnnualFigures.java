package cn.tongxin.participation;

import java.time.LocalDate;
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

/**
 * The studios' work in the annual account (ADR 017): citizens' opinions received, replied directly and converted (by
 * the day they were left) and 为民办实事 items (by the day they happened), each count beside the records it counts —
 * the same conditions as {@link CitizenOpinionStatistics}.
 */
@Component
class StudioAnnualFigures implements AnnualFigureSource {

    static final String PREFIX = "STUDIO_WORK:";
    static final String RECEIVED = PREFIX + "OPINIONS_RECEIVED";
    static final String REPLIED = PREFIX + "OPINIONS_REPLIED";
    static final String CONVERTED = PREFIX + "OPINIONS_CONVERTED";
    static final String DEEDS = PREFIX + "DEEDS";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The opinion statuses each opinion figure counts. */
    private static final Map<String, List<String>> STATUSES = Map.of(
            RECEIVED, List.of(CitizenOpinionStatus.RECEIVED.name(), CitizenOpinionStatus.REPLIED.name(), CitizenOpinionStatus.CONVERTED.name()),
            REPLIED, List.of(CitizenOpinionStatus.REPLIED.name()),
            CONVERTED, List.of(CitizenOpinionStatus.CONVERTED.name()));

    private final JdbcClient jdbc;

    StudioAnnualFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(
                new Definition(RECEIVED, "委员工作室", "收到群众意见建议", "期间内群众在委员工作室页面留下、审核通过的意见建议（不含待审核和未予受理的），按提交日期"),
                new Definition(REPLIED, "委员工作室", "直接答复群众意见建议", "其中由工作人员或工作室委员直接答复的"),
                new Definition(CONVERTED, "委员工作室", "群众意见建议转办", "其中转为微建议、社情民意信息、提案线索或为民办实事的"),
                new Definition(DEEDS, "委员工作室", "为民办实事（件）", "期间内办理的为民办实事（按办理日期，含不由群众意见建议而来的）"));
    }

    @Override
    public Map<String, Long> values(Collection<Long> committees, DateRange range) {
        Map<String, Long> values = new LinkedHashMap<>();
        Long[] ids = committees.toArray(Long[]::new);
        jdbc.sql("""
                select count(*) filter (where status in ('RECEIVED', 'REPLIED', 'CONVERTED')) as received,
                       count(*) filter (where status = 'REPLIED') as replied,
                       count(*) filter (where status = 'CONVERTED') as converted
                  from citizen_opinion where committee_id = any(?) and received_at >= ? and received_at < ?""")
                .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE))
                .query((rs, n) -> {
                    values.put(RECEIVED, rs.getLong("received"));
                    values.put(REPLIED, rs.getLong("replied"));
                    values.put(CONVERTED, rs.getLong("converted"));
                    return null;
                }).list();
        values.put(DEEDS, jdbc.sql("select count(*) from studio_deed where committee_id = any(?) and happened_on >= ? and happened_on <= ?")
                .params(ids, range.from(), range.to()).query(Long.class).single());
        return values;
    }

    @Override
    public Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        Long[] ids = committees.toArray(Long[]::new);
        if (DEEDS.equals(key)) {
            long total = jdbc.sql("select count(*) from studio_deed where committee_id = any(?) and happened_on >= ? and happened_on <= ?")
                    .params(ids, range.from(), range.to()).query(Long.class).single();
            var rows = jdbc.sql("""
                    select d.id, d.title, d.happened_on, u.name as studio from studio_deed d join org_unit u on u.id = d.studio_id
                     where d.committee_id = any(?) and d.happened_on >= ? and d.happened_on <= ?
                     order by d.happened_on, d.id limit ? offset ?""")
                    .params(ids, range.from(), range.to(), page.size(), page.offset())
                    .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("title"),
                            rs.getObject("happened_on", LocalDate.class), rs.getString("studio"),
                            "/participation/deeds/" + rs.getLong("id"))).list();
            return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
        }
        List<String> statuses = STATUSES.get(key);
        if (statuses == null) {
            return Optional.empty();
        }
        String[] wanted = statuses.toArray(String[]::new);
        long total = jdbc.sql("""
                select count(*) from citizen_opinion where committee_id = any(?) and received_at >= ? and received_at < ?
                   and status = any(?)""").params(ids, range.startsAt(ZONE), range.endsBefore(ZONE), wanted).query(Long.class).single();
        var rows = jdbc.sql("""
                select o.id, left(o.content, 60) as excerpt, o.received_at, o.status from citizen_opinion o
                 where o.committee_id = any(?) and o.received_at >= ? and o.received_at < ? and o.status = any(?)
                 order by o.received_at, o.id limit ? offset ?""")
                .params(ids, range.startsAt(ZONE), range.endsBefore(ZONE), wanted, page.size(), page.offset())
                .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", rs.getString("excerpt"),
                        rs.getTimestamp("received_at").toInstant().atZone(ZONE).toLocalDate(),
                        CitizenOpinionStatus.valueOf(rs.getString("status")).label(), "/participation/opinions/" + rs.getLong("id")))
                .list();
        return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
    }
}
