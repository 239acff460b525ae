package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.outcome.Outcomes;

/** Figures of public-opinion work for a year or a date range, each with its definition. */
@Service
@Transactional(readOnly = true)
public class OpinionStatistics {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Clock clock;

    OpinionStatistics(JdbcClient jdbc, CurrentUsers currentUsers, Outcomes outcomes, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public record Figure(String label, long value, String definition) {
    }

    public record AuthorRow(String name, long reports, long issued, long adopted) {
    }

    public record Report(LocalDate from, LocalDate to, List<Figure> figures, Map<String, Long> bySource,
                         Map<String, Long> adoptedByLevel, Map<String, Long> instructedByLevel, List<AuthorRow> authors,
                         List<AuthorRow> partiesAndGroups) {
    }

    public Report report(Integer year, LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var range = cn.tongxin.shared.DateRange.resolve(year, from, to, LocalDate.now(clock));
        LocalDate start = range.from();
        LocalDate end = range.to();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("committee", user.committeeId());
        p.put("from", range.startsAt(clock.getZone()));
        p.put("to", range.endsBefore(clock.getZone()));
        p.put("fromDate", start);
        p.put("toDate", end);
        String received = " from opinion_report r where r.committee_id = :committee and r.status <> 'WITHDRAWN'"
                + " and r.submitted_at >= :from and r.submitted_at < :to";
        var c = jdbc.sql("""
                select count(*) as received,
                       count(*) filter (where r.status in ('ACCEPTED', 'EDITED', 'ISSUED')) as accepted,
                       count(*) filter (where r.status = 'ISSUED') as issued_reports,
                       count(*) filter (where r.status = 'ARCHIVED') as archived,
                       count(*) filter (where r.status = 'RETURNED') as returned,
                       count(*) filter (where r.status = 'CLUE') as clue,
                       count(*) filter (where r.proposal_id is not null) as from_proposals""" + received)
                .params(p).query().singleRow();
        var b = jdbc.sql("""
                select count(*) as bulletins, coalesce(sum((select count(*) from bulletin_item i where i.bulletin_id = b.id)), 0) as items
                  from bulletin b where b.committee_id = :committee and b.status = 'ISSUED' and b.issued_on between :fromDate and :toDate""")
                .params(p).query().singleRow();
        List<Figure> figures = List.of(
                new Figure("收到", n(c, "received"), "期间内报送的信息（不含已撤回）"),
                new Figure("采编", n(c, "accepted"), "决定采编的信息（含已编辑、已编发）"),
                new Figure("编发信息", n(c, "issued_reports"), "已编入期刊编发的原始信息"),
                new Figure("编发期数", n(b, "bulletins"), "期间内编发的《社情民意》期数"),
                new Figure("期刊收录条目", n(b, "items"), "期间内编发期刊收录的编辑稿条目数"),
                new Figure("存档", n(c, "archived"), "存档备查的信息"),
                new Figure("退回", n(c, "returned"), "退回报送人的信息"),
                new Figure("转提案线索", n(c, "clue"), "转给委员作为提案线索的信息"),
                new Figure("由提案转来", n(c, "from_proposals"), "不予立案后转为社情民意信息的提案"));
        Map<String, Long> bySource = new LinkedHashMap<>();
        jdbc.sql("select r.source as k, count(*) as n" + received + " group by r.source order by r.source").params(p)
                .query((rs, i) -> bySource.put(OpinionSource.valueOf(rs.getString("k")).label(), rs.getLong("n"))).list();
        var counts = outcomes.countInPeriod(user.committeeId(), OpinionAccess.ITEM, start, end);
        Map<String, Long> adopted = counts.adoptedByLabel();
        Map<String, Long> instructed = counts.instructedByLabel();
        String adoptedItem = "exists (select 1 from outcome_adoption o where o.subject_type = 'OPINION_ITEM' and o.subject_id = r.item_id)";
        List<AuthorRow> authors = jdbc.sql("""
                select a.name, count(*) as reports, count(*) filter (where r.status = 'ISSUED') as issued,
                       count(*) filter (where""" + " " + adoptedItem + """
                ) as adopted
                  from opinion_report r join opinion_author a on a.report_id = r.id""" + received.replace(" from opinion_report r", "")
                        .replaceFirst("where", "where") + " group by a.name order by reports desc, a.name limit 100")
                .params(p).query((rs, i) -> new AuthorRow(rs.getString("name"), rs.getLong("reports"), rs.getLong("issued"), rs.getLong("adopted")))
                .list();
        List<AuthorRow> groups = jdbc.sql("""
                select u.name, count(*) as reports, count(*) filter (where r.status = 'ISSUED') as issued,
                       count(*) filter (where""" + " " + adoptedItem + """
                ) as adopted
                  from opinion_report r join org_unit u on u.id = r.source_unit_id""" + received.replace(" from opinion_report r", "")
                        + " group by u.name order by reports desc")
                .params(p).query((rs, i) -> new AuthorRow(rs.getString("name"), rs.getLong("reports"), rs.getLong("issued"), rs.getLong("adopted")))
                .list();
        return new Report(start, end, figures, bySource, adopted, instructed, authors, groups);
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }

}
