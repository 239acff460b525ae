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

    /** A count per value of a breakdown. */
    public record Count(String key, long n) {
    }

    public Scope scope(long committee, Period period) {
        String where = " where p.committee_id = :committee and p.status not in ('DRAFT', 'WITHDRAWN')" + periodClause(period);
        return new Scope(where, params(committee, period));
    }

    public Map<String, Object> counts(Scope scope) {
        return jdbc.sql("""
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
                  from proposal p""" + scope.where()).params(scope.params()).query().singleRow();
    }

    /** The filed proposals of the scope (filed, being handled or closed), for the handling figures. */
    public HandlingStatistics.Selection filed(Scope scope) {
        return new HandlingStatistics.Selection(
                "select p.id from proposal p" + scope.where() + " and p.status in ('FILED','HANDLING','CLOSED')", scope.params());
    }

    public List<Count> byKind(Scope scope) {
        return group("select p.kind as k, count(*) as n from proposal p" + scope.where() + " group by p.kind order by p.kind", scope);
    }

    public List<Count> byCategory(Scope scope) {
        return group("select p.category as k, count(*) as n from proposal p" + scope.where()
                + " group by p.category order by p.category", scope);
    }

    /** Key "true" for session proposals, "false" for the others, session proposals first. */
    public List<Count> bySessionProposal(Scope scope) {
        return group("select cast(p.session_proposal as text) as k, count(*) as n from proposal p" + scope.where()
                + " group by p.session_proposal order by p.session_proposal desc", scope);
    }

    public List<Count> byNotFiledReason(Scope scope) {
        return group("select p.not_filed_reason as k, count(*) as n from proposal p" + scope.where()
                + " and p.status = 'NOT_FILED' group by p.not_filed_reason order by count(*) desc", scope);
    }

    /** Collective proposals by the name of the proposing unit. */
    public List<Count> byCollectiveUnit(Scope scope) {
        return group("""
                select u.name as k, count(*) as n from proposal p join org_unit u on u.id = p.collective_unit_id""" + scope.where()
                + " and p.kind = 'COLLECTIVE' group by u.name order by count(*) desc", scope);
    }

    public List<Count> keyProposalsByStatus(Scope scope) {
        return group("select p.status as k, count(*) as n from proposal p" + scope.where()
                + " and p.key_proposal group by p.status order by p.status", scope);
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
