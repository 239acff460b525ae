package cn.tongxin.proposal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalQueries;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalSummary;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/** SQL of the proposal list: what each role may see, filtered; one count and one page query. */
@Component
public class ProposalSearch {

    private static final SubjectType SUBJECT = SubjectType.PROPOSAL;

    private final JdbcClient jdbc;
    private final HandlingQueries handling;
    private final Clock clock;

    ProposalSearch(JdbcClient jdbc, HandlingQueries handling, Clock clock) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.clock = clock;
    }

    /** A page of the list; {@code categories} labels the category codes. */
    public PageResult<ProposalSummary> list(CurrentUser user, ProposalCriteria criteria, PageQuery page, Map<String, String> categories) {
        var where = where(user, criteria);
        long total = where.bind(jdbc.sql("select count(*) from proposal p" + where.sql)).query(Long.class).single();
        List<ProposalSummary> items = where.bind(jdbc.sql("""
                select p.id, p.number_text, p.title, p.kind, p.status, p.category, p.session_proposal, p.submitted_at,
                       p.key_proposal, p.outstanding, p.filed_at, s.name as session_name,
                       coalesce(u.name, m.name, '') || coalesce((select string_agg('、' || cm.name, '' order by cm.id)
                           from proposal_cosigner c join member cm on cm.id = c.member_id
                          where c.proposal_id = p.id and c.status = 'CONFIRMED'), '') as proposers
                  from proposal p
                  left join member m on m.id = p.lead_member_id
                  left join org_unit u on u.id = p.collective_unit_id
                  left join plenary_session s on s.id = p.session_id""" + where.sql
                        + " order by p.submitted_at desc nulls first, p.id desc limit :limit offset :offset"))
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new ProposalSummary(rs.getLong("id"), rs.getString("number_text"), rs.getString("title"),
                        ProposalKind.valueOf(rs.getString("kind")), ProposalStatus.valueOf(rs.getString("status")),
                        categories.getOrDefault(rs.getString("category"), rs.getString("category")), rs.getString("proposers"),
                        rs.getString("session_name"), rs.getBoolean("session_proposal"),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                        rs.getBoolean("key_proposal"), rs.getBoolean("outstanding"),
                        rs.getTimestamp("filed_at") == null ? null : rs.getTimestamp("filed_at").toInstant()))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every id the list would show (for exports and statistics drill-downs), bounded. */
    public List<Long> ids(CurrentUser user, ProposalCriteria criteria) {
        var where = where(user, criteria);
        return where.bind(jdbc.sql("select p.id from proposal p" + where.sql + " order by p.number nulls last, p.id limit 20000"))
                .query(Long.class).list();
    }

    private Where where(CurrentUser user, ProposalCriteria c) {
        StringBuilder sql = new StringBuilder(" where p.committee_id = :committee");
        Map<String, Object> params = new HashMap<>();
        params.put("committee", user.committeeId());
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            if (user.has(Role.MEMBER) && user.memberId() != null) {
                sql.append(" and (p.lead_member_id = :me or exists (select 1 from proposal_cosigner c where c.proposal_id = p.id and c.member_id = :me)");
                if (!Boolean.TRUE.equals(c.mine())) {
                    sql.append(" or (p.publishable and p.status in ('FILED', 'HANDLING', 'CLOSED'))");
                }
                sql.append(")");
                params.put("me", user.memberId());
            } else if (user.has(Role.UNIT) && user.unitId() != null) {
                List<Long> assigned = handling.subjectsOfUnit(user.committeeId(), SUBJECT, user.unitId());
                sql.append(assigned.isEmpty() ? " and false" : " and p.status in ('HANDLING', 'CLOSED') and p.id = any(:assigned)");
                params.put("assigned", ids(assigned));
            } else {
                sql.append(" and false");
            }
        } else if (Boolean.TRUE.equals(c.mine())) {
            sql.append(" and p.entered_by = :username");
            params.put("username", user.username());
        }
        if (user.isOffice() || user.has(Role.LEADER)) {
            // drafts are the proposers' own until submitted
            sql.append(" and (p.status <> 'DRAFT' or p.entered_by = :username)");
            params.put("username", user.username());
        }
        if (c.group() != null) {
            sql.append(switch (c.group()) {
                case RECEIVED -> " and p.status not in ('DRAFT', 'WITHDRAWN')";
                case REVIEWED -> " and p.status in ('FILED', 'HANDLING', 'CLOSED', 'NOT_FILED', 'MERGED')";
                case FILED -> " and p.status in ('FILED', 'HANDLING', 'CLOSED')";
            });
        }
        add(sql, params, "keyword", Text.likePattern(c.keyword()), " and (p.title like :keyword or p.number_text like :keyword)");
        add(sql, params, "status", c.status() == null ? null : c.status().name(), " and p.status = :status");
        add(sql, params, "kind", c.kind() == null ? null : c.kind().name(), " and p.kind = :kind");
        add(sql, params, "category", Text.trimToNull(c.category()), " and p.category = :category");
        add(sql, params, "session", c.sessionId(), " and p.session_id = :session");
        add(sql, params, "sessionProposal", c.sessionProposal(), " and p.session_proposal = :sessionProposal");
        add(sql, params, "keyProposal", c.keyProposal(), " and p.key_proposal = :keyProposal");
        add(sql, params, "outstanding", c.outstanding(), " and p.outstanding = :outstanding");
        add(sql, params, "reason", Text.trimToNull(c.notFiledReason()), " and p.not_filed_reason = :reason");
        ZoneId zone = clock.getZone();
        if (c.year() != null) {
            params.put("yearFrom", java.sql.Timestamp.from(LocalDate.of(c.year(), 1, 1).atStartOfDay(zone).toInstant()));
            params.put("yearTo", java.sql.Timestamp.from(LocalDate.of(c.year() + 1, 1, 1).atStartOfDay(zone).toInstant()));
            sql.append(" and p.submitted_at >= :yearFrom and p.submitted_at < :yearTo");
        }
        add(sql, params, "from", c.from() == null ? null : java.sql.Timestamp.from(c.from().atStartOfDay(zone).toInstant()),
                " and p.submitted_at >= :from");
        add(sql, params, "to", c.to() == null ? null : java.sql.Timestamp.from(c.to().plusDays(1).atStartOfDay(zone).toInstant()),
                " and p.submitted_at < :to");
        if (c.handling() != null) {
            List<Long> ids = handling.subjectsIn(user.committeeId(), SUBJECT, c.handling());
            sql.append(" and p.id = any(:handlingIds)");
            params.put("handlingIds", ids(ids));
        }
        if (c.unitId() != null) {
            List<Long> ids = handling.subjectsOfUnit(user.committeeId(), SUBJECT, c.unitId());
            sql.append(" and p.id = any(:unitIds)");
            params.put("unitIds", ids(ids));
        }
        return new Where(sql.toString(), params);
    }

    /** A set of ids as one array parameter: thousands of ids are one bind value, not thousands of placeholders. */
    private static Long[] ids(List<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String name, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    /** Open co-sign invitations of the member: not yet answered, before the deadline, the proposal not yet reviewed. */
    public List<ProposalQueries.Invitation> invitations(CurrentUser user) {
        return jdbc.sql("""
                select p.id, p.title, m.name as lead_name, c.due_at from proposal_cosigner c
                  join proposal p on p.id = c.proposal_id left join member m on m.id = p.lead_member_id
                 where p.committee_id = :committee and c.member_id = :member and c.status = 'INVITED' and c.due_at > now()
                   and p.status in (:open) order by c.due_at limit 100""")
                .param("committee", user.committeeId()).param("member", user.memberId())
                .param("open", Cosigners.openStatuses())
                .query((rs, n) -> new ProposalQueries.Invitation(rs.getLong("id"), rs.getString("title"), rs.getString("lead_name"),
                        rs.getTimestamp("due_at").toInstant())).list();
    }
}
