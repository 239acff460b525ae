package cn.tongxin.proposal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.proposal.ProposalHeadlines;
import cn.tongxin.proposal.ProposalStatistics.Period;

/** The SQL of the proposal figures: the proposals received in a period (a session, a year or a date range). */
@Component
public class ProposalFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The proposals of a period, not drafts and not withdrawn: a where clause on {@code proposal p} and its parameters. */
    public record Scope(String where, Map<String, Object> params) {
    }

    /**
     * The party or group a proposal comes from (null for none): the unit of a collective proposal made in the name of
     * a party, a people's organisation or the non-party group, else the party its lead member belongs to.
     */
    public static final String PARTY_OF = "coalesce((select u.name from org_unit u where p.kind = 'COLLECTIVE'"
            + " and u.id = p.collective_unit_id and u.kind in ('PARTY', 'GROUP', 'NON_PARTY')),"
            + " (select u.name from member m join org_unit u on u.id = m.affiliation_id where p.kind <> 'COLLECTIVE'"
            + " and m.id = p.lead_member_id and u.kind = 'PARTY'))";

    /** The ids of the proposals of the scope, for counts another module keeps (outcomes). */
    public static String ids(Scope scope) {
        return "select p.id from proposal p" + scope.where();
    }

    /** A count per value of a breakdown. */
    public record Count(String key, long n) {
    }

    public Scope scope(long committee, Period period) {
        String where = " where p.committee_id = :committee and p.status not in ('DRAFT', 'WITHDRAWN')" + periodClause(period);
        return new Scope(where, params(committee, period));
    }

    /** The statements of the report over a scope, by name, with the scope's named parameters (exposed for the plan test). */
    public Map<String, String> statements(Scope scope) {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("counts", countsSql(scope));
        sql.put("byKind", byKindSql(scope));
        sql.put("byCategory", byCategorySql(scope));
        sql.put("bySessionProposal", bySessionProposalSql(scope));
        sql.put("byNotFiledReason", byNotFiledReasonSql(scope));
        sql.put("byCollectiveUnit", byCollectiveUnitSql(scope));
        sql.put("keyProposalsByStatus", keyProposalsByStatusSql(scope));
        sql.put("byParty", byPartySql(scope));
        return sql;
    }

    public Map<String, Object> counts(Scope scope) {
        return jdbc.sql(countsSql(scope)).params(scope.params()).query().singleRow();
    }

    private static String countsSql(Scope scope) {
        return """
                select count(*) as received,
                       count(*) filter (where p.status in ('FILED','HANDLING','CLOSED','NOT_FILED','MERGED')) as reviewed,
                       count(*) filter (where p.status in ('FILED','HANDLING','CLOSED')) as filed,
                       count(*) filter (where p.status = 'NOT_FILED') as not_filed,
                       count(*) filter (where p.status = 'MERGED') as merged,
                       count(*) filter (where p.status = 'NOT_FILED' and p.conversion is not null) as converted,
                       count(*) filter (where p.status = 'RETURNED') as returned,
                       count(*) filter (where p.status in ('SUBMITTED','PRE_APPROVED')) as pending,
                       count(*) filter (where p.key_proposal) as key_count,
                       count(*) filter (where p.outstanding) as outstanding,
                       count(*) filter (where p.status = 'CLOSED') as closed
                  from proposal p""" + scope.where();
    }

    /** The filed proposals of the scope (filed, being handled or closed), for the handling figures. */
    public HandlingStatistics.Selection filed(Scope scope) {
        return new HandlingStatistics.Selection(
                "select p.id from proposal p" + scope.where() + " and p.status in ('FILED','HANDLING','CLOSED')", scope.params());
    }

    public List<Count> byKind(Scope scope) {
        return group(byKindSql(scope), scope);
    }

    private static String byKindSql(Scope scope) {
        return "select p.kind as k, count(*) as n from proposal p" + scope.where() + " group by p.kind order by p.kind";
    }

    public List<Count> byCategory(Scope scope) {
        return group(byCategorySql(scope), scope);
    }

    private static String byCategorySql(Scope scope) {
        return "select p.category as k, count(*) as n from proposal p" + scope.where()
                + " group by p.category order by p.category";
    }

    /** Key "true" for session proposals, "false" for the others, session proposals first. */
    public List<Count> bySessionProposal(Scope scope) {
        return group(bySessionProposalSql(scope), scope);
    }

    private static String bySessionProposalSql(Scope scope) {
        return "select cast(p.session_proposal as text) as k, count(*) as n from proposal p" + scope.where()
                + " group by p.session_proposal order by p.session_proposal desc";
    }

    public List<Count> byNotFiledReason(Scope scope) {
        return group(byNotFiledReasonSql(scope), scope);
    }

    private static String byNotFiledReasonSql(Scope scope) {
        return "select p.not_filed_reason as k, count(*) as n from proposal p" + scope.where()
                + " and p.status = 'NOT_FILED' group by p.not_filed_reason order by count(*) desc";
    }

    /** Collective proposals by the name of the proposing unit. */
    public List<Count> byCollectiveUnit(Scope scope) {
        return group(byCollectiveUnitSql(scope), scope);
    }

    private static String byCollectiveUnitSql(Scope scope) {
        return "with per_unit as (select p.collective_unit_id as unit_id, count(*) as n from proposal p" + scope.where()
                + " and p.kind = 'COLLECTIVE' and p.collective_unit_id is not null group by p.collective_unit_id)"
                + " select u.name as k, sum(x.n) as n from per_unit x join lateral (select u.name from org_unit u"
                + " where u.id = x.unit_id and u.committee_id = :committee offset 0) u on true group by u.name order by sum(x.n) desc";
    }

    public List<Count> keyProposalsByStatus(Scope scope) {
        return group(keyProposalsByStatusSql(scope), scope);
    }

    private static String keyProposalsByStatusSql(Scope scope) {
        return "select p.status as k, count(*) as n from proposal p" + scope.where()
                + " and p.key_proposal group by p.status order by p.status";
    }

    /** Proposals received per party or group ({@link #PARTY_OF}), and those made key proposals, most received first. */
    public List<ProposalHeadlines.PartyCount> byParty(Scope scope) {
        return jdbc.sql(byPartySql(scope)).params(scope.params())
                .query((rs, i) -> new ProposalHeadlines.PartyCount(rs.getString("party"), rs.getLong("received"), rs.getLong("key_count"))).list();
    }

    private static String byPartySql(Scope scope) {
        return byPartySql(scope.where());
    }

    /**
     * {@link #PARTY_OF} counted over the proposals of a where clause on {@code proposal p}, grouped before any look-up
     * so that each lead member and each unit is read once: columns {@code committee_id, party, received, key_count},
     * one row per committee and party.
     */
    public static String byPartySql(String where) {
        return "with x as (select p.committee_id, case when p.kind = 'COLLECTIVE' then p.collective_unit_id end as unit_id,"
                + " case when p.kind <> 'COLLECTIVE' then p.lead_member_id end as member_id,"
                + " count(*) as n, count(*) filter (where p.key_proposal) as k from proposal p" + where + " group by 1, 2, 3),"
                + " y as (select x.committee_id, coalesce(x.unit_id, (select m.affiliation_id from member m where m.id = x.member_id offset 0)) as unit_id,"
                + " x.unit_id is not null as collective, x.n, x.k from x),"
                + " z as (select committee_id, unit_id, collective, sum(n) as n, sum(k) as k from y where unit_id is not null"
                + " group by committee_id, unit_id, collective)"
                + " select z.committee_id, u.name as party, sum(z.n) as received, sum(z.k) as key_count from z join lateral (select u.name from org_unit u"
                + " where u.id = z.unit_id and u.kind in ('PARTY', 'GROUP', 'NON_PARTY') and (z.collective or u.kind = 'PARTY') offset 0) u"
                + " on true group by z.committee_id, u.name order by sum(z.n) desc, u.name";
    }

    private List<Count> group(String sql, Scope scope) {
        return jdbc.sql(sql).params(scope.params()).query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    private static String periodClause(Period period) {
        if (period.sessionId() != null) {
            return " and p.session_id = :session";
        }
        StringBuilder s = new StringBuilder();
        if (period.year() != null || period.from() != null) {
            s.append(" and p.submitted_at >= :from");
        }
        if (period.year() != null || period.to() != null) {
            s.append(" and p.submitted_at < :to");
        }
        return s.toString();
    }

    private Map<String, Object> params(long committee, Period period) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("committee", committee);
        var zone = clock.getZone();
        if (period.sessionId() != null) {
            params.put("session", period.sessionId());
        } else if (period.year() != null) {
            params.put("from", Timestamp.from(LocalDate.of(period.year(), 1, 1).atStartOfDay(zone).toInstant()));
            params.put("to", Timestamp.from(LocalDate.of(period.year() + 1, 1, 1).atStartOfDay(zone).toInstant()));
        } else {
            if (period.from() != null) {
                params.put("from", Timestamp.from(period.from().atStartOfDay(zone).toInstant()));
            }
            if (period.to() != null) {
                params.put("to", Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
        }
        return params;
    }
}
