package cn.tongxin.opinion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.shared.SubjectType;

/**
 * A year's report facts from the rows: one query per kind of fact and one for the authors. Reports are dated by their
 * day in Asia/Shanghai, issues by the bulletin's issue date (the first bulletin that carried the item), outcomes by
 * their own dates.
 */
@Component
public class ReportFactRows {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum Kind {
        SUBMITTED, ACCEPTED, ISSUED, ADOPTED, INSTRUCTED
    }

    /** One fact about one report; the fields its kind does not use are null. */
    public record Fact(Kind kind, long reportId, String title, OpinionSource source, long submitterAccountId, Long proposalId,
                       LocalDate on, Long itemId, Long bulletinId, Integer bulletinYear, Integer bulletinNumber,
                       String bulletinSeries, AdoptionLevel adoption, boolean combined, InstructionLevel instruction, String leader, List<Long> authors) {

        Fact withAuthors(List<Long> members) {
            return new Fact(kind, reportId, title, source, submitterAccountId, proposalId, on, itemId, bulletinId, bulletinYear,
                    bulletinNumber, bulletinSeries, adoption, combined, instruction, leader, members);
        }
    }

    private static final String REPORT = """
            select r.id, %s as title, r.source, r.submitter_account_id, r.proposal_id, r.item_id, %s as fact_on,
                   null::bigint as bulletin_id, null::int as bulletin_year, null::int as bulletin_number, null as bulletin_series,
                   null as level, false as combined, null as leader
              from opinion_report r
             where r.committee_id = :c and %s
            """;

    private final JdbcClient jdbc;

    ReportFactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fact> facts(long committeeId, int year, SubjectType itemSubject) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Object> params = new HashMap<>(Map.of("c", committeeId, "from", from, "to", to,
                "start", Timestamp.from(from.atStartOfDay(ZONE).toInstant()), "end", Timestamp.from(to.atStartOfDay(ZONE).toInstant()),
                "withdrawn", OpinionStatus.WITHDRAWN.name(), "item", itemSubject.name(),
                "accepted", new String[] {OpinionStatus.ACCEPTED.name(), OpinionStatus.EDITED.name(), OpinionStatus.ISSUED.name()},
                "issued", OpinionStatus.ISSUED.name()));
        List<Fact> facts = new ArrayList<>();
        facts.addAll(query(Kind.SUBMITTED, REPORT.formatted("coalesce(r.first_title, r.title)",
                "(coalesce(r.first_submitted_at, r.submitted_at) at time zone 'Asia/Shanghai')::date",
                "r.status <> :withdrawn and coalesce(r.first_submitted_at, r.submitted_at) >= :start"
                        + " and coalesce(r.first_submitted_at, r.submitted_at) < :end order by r.id"), params));
        facts.addAll(query(Kind.ACCEPTED, REPORT.formatted("r.title", "(r.triaged_at at time zone 'Asia/Shanghai')::date",
                "r.status = any(:accepted) and r.triaged_at >= :start and r.triaged_at < :end order by r.id"), params));
        facts.addAll(query(Kind.ISSUED, """
                select r.id, r.title, r.source, r.submitter_account_id, r.proposal_id, r.item_id, b.issued_on as fact_on,
                       b.id as bulletin_id, b.year as bulletin_year, b.number as bulletin_number, b.series_name as bulletin_series,
                       null as level, false as combined, null as leader
                  from opinion_report r
                  join lateral (select b.* from bulletin_item bi join bulletin b on b.id = bi.bulletin_id
                                 where bi.item_id = r.item_id and b.issued_on is not null and b.number is not null
                                 order by b.issued_on, b.year, b.number limit 1) b on true
                 where r.committee_id = :c and r.status = :issued and b.issued_on >= :from and b.issued_on < :to
                 order by r.id""", params));
        facts.addAll(query(Kind.ADOPTED, """
                select r.id, r.title, r.source, r.submitter_account_id, r.proposal_id, r.item_id, o.adopted_on as fact_on,
                       null::bigint as bulletin_id, null::int as bulletin_year, null::int as bulletin_number, null as bulletin_series,
                       o.level, o.mode = 'COMBINED' as combined, null as leader
                  from outcome_adoption o join opinion_report r on r.item_id = o.subject_id and r.committee_id = o.committee_id
                 where o.committee_id = :c and o.subject_type = :item and o.adopted_on >= :from and o.adopted_on < :to
                   and r.status <> :withdrawn
                 order by o.adopted_on, o.id, r.id""", params));
        facts.addAll(query(Kind.INSTRUCTED, """
                select r.id, r.title, r.source, r.submitter_account_id, r.proposal_id, r.item_id, o.instructed_on as fact_on,
                       null::bigint as bulletin_id, null::int as bulletin_year, null::int as bulletin_number, null as bulletin_series,
                       o.level, false as combined, o.leader
                  from outcome_instruction o join opinion_report r on r.item_id = o.subject_id and r.committee_id = o.committee_id
                 where o.committee_id = :c and o.subject_type = :item and o.instructed_on >= :from and o.instructed_on < :to
                   and r.status <> :withdrawn
                 order by o.instructed_on, o.id, r.id""", params));
        if (facts.isEmpty()) {
            return facts;
        }
        Map<Long, Set<Long>> authors = new HashMap<>();
        jdbc.sql("""
                select report_id, member_id from opinion_author where report_id = any(:ids) and member_id is not null
                 order by report_id, position""")
                .param("ids", facts.stream().map(Fact::reportId).distinct().toArray(Long[]::new))
                .query((rs, n) -> authors.computeIfAbsent(rs.getLong("report_id"), k -> new LinkedHashSet<>()).add(rs.getLong("member_id")))
                .list();
        return facts.stream().map(f -> f.withAuthors(List.copyOf(authors.getOrDefault(f.reportId(), Set.of())))).toList();
    }

    private List<Fact> query(Kind kind, String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> fact(kind, rs)).list();
    }

    private static Fact fact(Kind kind, ResultSet rs) throws SQLException {
        String level = rs.getString("level");
        return new Fact(kind, rs.getLong("id"), rs.getString("title"), OpinionSource.valueOf(rs.getString("source")),
                rs.getLong("submitter_account_id"), (Long) rs.getObject("proposal_id"), rs.getObject("fact_on", LocalDate.class),
                (Long) rs.getObject("item_id"), (Long) rs.getObject("bulletin_id"), (Integer) rs.getObject("bulletin_year"),
                (Integer) rs.getObject("bulletin_number"), rs.getString("bulletin_series"),
                kind == Kind.ADOPTED ? AdoptionLevel.valueOf(level) : null, rs.getBoolean("combined"),
                kind == Kind.INSTRUCTED ? InstructionLevel.valueOf(level) : null, rs.getString("leader"), List.of());
    }
}
