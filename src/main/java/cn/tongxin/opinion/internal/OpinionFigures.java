package cn.tongxin.opinion.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatistics.AuthorRow;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.SubjectType;

/** The counting queries behind the statistics page: reports by the date they were submitted, bulletins by issue date. */
@Component
public class OpinionFigures {

    private static final String RECEIVED = " where r.committee_id = :committee and r.status <> 'WITHDRAWN'"
            + " and r.submitted_at >= :from and r.submitted_at < :to";
    /**
     * An adopted item: a probe of the committee's own adoptions by the unique index (committee, type, subject, level),
     * linear in the report rows whatever plan the statement gets (without the committee it read every committee's adoptions).
     */
    private static final String ADOPTED_ITEM = "r.item_id is not null and exists (select 1 from outcome_adoption o"
            + " where o.committee_id = :committee and o.subject_type = :item and o.subject_id = r.item_id)";

    private final JdbcClient jdbc;

    OpinionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Object> params(long committeeId, DateRange range, ZoneId zone) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("committee", committeeId);
        p.put("from", range.startsAt(zone));
        p.put("to", range.endsBefore(zone));
        p.put("fromDate", range.from());
        p.put("toDate", range.to());
        p.put("item", SubjectType.OPINION_ITEM.name());
        return p;
    }

    /** The statements of the report, by name, with named parameters (exposed for the plan test). */
    public Map<String, String> statements() {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("reports", REPORTS);
        sql.put("bulletins", BULLETINS);
        sql.put("bulletinsBySeries", BULLETINS_BY_SERIES);
        sql.put("bySource", BY_SOURCE);
        sql.put("authors", AUTHORS);
        sql.put("partiesAndGroups", PARTIES);
        return sql;
    }

    private static final String REPORTS = """
                select count(*) as received,
                       count(*) filter (where r.status in ('ACCEPTED', 'EDITED', 'ISSUED')) as accepted,
                       count(*) filter (where r.status = 'ISSUED') as issued_reports,
                       count(*) filter (where r.status = 'ARCHIVED') as archived,
                       count(*) filter (where r.status = 'RETURNED') as returned,
                       count(*) filter (where r.status = 'CLUE') as clue,
                       count(*) filter (where r.proposal_id is not null) as from_proposals
                  from opinion_report r""" + RECEIVED;
    private static final String BULLETINS = """
            select count(*) as bulletins, coalesce(sum((select count(*) from bulletin_item i where i.bulletin_id = b.id)), 0) as items
              from bulletin b where b.committee_id = :committee and b.status = 'ISSUED' and b.issued_on between :fromDate and :toDate""";
    private static final String BULLETINS_BY_SERIES = """
            select b.series_name as k, count(*) as n from bulletin b
             where b.committee_id = :committee and b.status = 'ISSUED' and b.issued_on between :fromDate and :toDate
             group by b.series, b.series_name order by b.series""";
    private static final String BY_SOURCE = "select r.source as k, count(*) as n from opinion_report r" + RECEIVED
            + " group by r.source order by r.source";
    /** The authors of each report by the report's key ("offset 0": a lookup per report, never a scan of every committee's authors). */
    private static final String AUTHORS = """
            select a.name, count(*) as reports, count(*) filter (where r.status = 'ISSUED') as issued,
                   count(*) filter (where %s) as adopted
              from opinion_report r
              cross join lateral (select a.name from opinion_author a where a.report_id = r.id offset 0) a""".formatted(ADOPTED_ITEM)
            + RECEIVED + " group by a.name order by reports desc, a.name limit 100";
    /** Counted per unit first, then each unit's name once by its key. */
    private static final String PARTIES = """
            with per_unit as (
              select r.source_unit_id, count(*) as reports, count(*) filter (where r.status = 'ISSUED') as issued,
                     count(*) filter (where %s) as adopted
                from opinion_report r""".formatted(ADOPTED_ITEM) + RECEIVED + """
                 and r.source_unit_id is not null group by r.source_unit_id)
            select u.name, sum(x.reports) as reports, sum(x.issued) as issued, sum(x.adopted) as adopted
              from per_unit x
              join lateral (select u.name from org_unit u where u.id = x.source_unit_id and u.committee_id = :committee offset 0) u on true
             group by u.name order by reports desc""";

    public Map<String, Object> reports(Map<String, Object> p) {
        return jdbc.sql(REPORTS).params(p).query().singleRow();
    }

    public Map<String, Object> bulletins(Map<String, Object> p) {
        return jdbc.sql(BULLETINS).params(p).query().singleRow();
    }

    /** Bulletins issued in the period per series (by the series' name as issued), in the series' order. */
    public Map<String, Long> bulletinsBySeries(Map<String, Object> p) {
        Map<String, Long> bySeries = new LinkedHashMap<>();
        jdbc.sql(BULLETINS_BY_SERIES).params(p).query((rs, i) -> bySeries.merge(rs.getString("k"), rs.getLong("n"), Long::sum)).list();
        return bySeries;
    }

    public Map<String, Long> bySource(Map<String, Object> p) {
        Map<String, Long> bySource = new LinkedHashMap<>();
        jdbc.sql(BY_SOURCE).params(p)
                .query((rs, i) -> bySource.put(OpinionSource.valueOf(rs.getString("k")).label(), rs.getLong("n"))).list();
        return bySource;
    }

    public List<AuthorRow> authors(Map<String, Object> p) {
        return jdbc.sql(AUTHORS).params(p).query((rs, i) -> new AuthorRow(rs.getString("name"), rs.getLong("reports"), rs.getLong("issued"), rs.getLong("adopted")))
                .list();
    }

    public List<AuthorRow> partiesAndGroups(Map<String, Object> p) {
        return jdbc.sql(PARTIES).params(p).query((rs, i) -> new AuthorRow(rs.getString("name"), rs.getLong("reports"), rs.getLong("issued"), rs.getLong("adopted")))
                .list();
    }
}
