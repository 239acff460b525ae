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
    private static final String ADOPTED_ITEM = "exists (select 1 from outcome_adoption o where o.subject_type = :item"
            + " and o.subject_id = r.item_id)";

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

    public Map<String, Object> reports(Map<String, Object> p) {
        return jdbc.sql("""
                select count(*) as received,
                       count(*) filter (where r.status in ('ACCEPTED', 'EDITED', 'ISSUED')) as accepted,
                       count(*) filter (where r.status = 'ISSUED') as issued_reports,
                       count(*) filter (where r.status = 'ARCHIVED') as archived,
                       count(*) filter (where r.status = 'RETURNED') as returned,
                       count(*) filter (where r.status = 'CLUE') as clue,
                       count(*) filter (where r.proposal_id is not null) as from_proposals
                  from opinion_report r""" + RECEIVED)
                .params(p).query().singleRow();
    }

    public Map<String, Object> bulletins(Map<String, Object> p) {
        return jdbc.sql("""
                select count(*) as bulletins, coalesce(sum((select count(*) from bulletin_item i where i.bulletin_id = b.id)), 0) as items
                  from bulletin b where b.committee_id = :committee and b.status = 'ISSUED' and b.issued_on between :fromDate and :toDate""")
                .params(p).query().singleRow();
    }

    public Map<String, Long> bySource(Map<String, Object> p) {
        Map<String, Long> bySource = new LinkedHashMap<>();
        jdbc.sql("select r.source as k, count(*) as n from opinion_report r" + RECEIVED + " group by r.source order by r.source").params(p)
                .query((rs, i) -> bySource.put(OpinionSource.valueOf(rs.getString("k")).label(), rs.getLong("n"))).list();
        return bySource;
    }

    public List<AuthorRow> authors(Map<String, Object> p) {
        return jdbc.sql("""
                select a.name, count(*) as reports, count(*) filter (where r.status = 'ISSUED') as issued,
                       count(*) filter (where %s) as adopted
                  from opinion_report r join opinion_author a on a.report_id = r.id""".formatted(ADOPTED_ITEM)
                        + RECEIVED + " group by a.name order by reports desc, a.name limit 100")
                .params(p).query((rs, i) -> new AuthorRow(rs.getString("name"), rs.getLong("reports"), rs.getLong("issued"), rs.getLong("adopted")))
                .list();
    }

    public List<AuthorRow> partiesAndGroups(Map<String, Object> p) {
        return jdbc.sql("""
                select u.name, count(*) as reports, count(*) filter (where r.status = 'ISSUED') as issued,
                       count(*) filter (where %s) as adopted
                  from opinion_report r join org_unit u on u.id = r.source_unit_id""".formatted(ADOPTED_ITEM)
                        + RECEIVED + " group by u.name order by reports desc")
                .params(p).query((rs, i) -> new AuthorRow(rs.getString("name"), rs.getLong("reports"), rs.getLong("issued"), rs.getLong("adopted")))
                .list();
    }
}
