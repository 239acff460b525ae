package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.HandlingQueries.HandlingFilter;
import cn.tongxin.proposal.internal.ProposalSearch;

/**
 * The proposal module's part of the home page: the office's queues counted exactly as the proposal list counts them
 * (so a queue opens a list of the same size), a member's invitations and returned drafts, the year's figures and the
 * key proposals a leader supervises. Every method is one or two statements, whatever the number of rows.
 */
@Service
public class ProposalDesk {

    private final ProposalSearch search;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalDesk(ProposalSearch search, JdbcClient jdbc, Clock clock) {
        this.search = search;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A queue of the office: how many, and the list that shows them. */
    public record Queue(String label, long count, String link) {
    }

    public record Item(long id, String title, String note, String link) {
    }

    /** 待审查, 超期未办复, 申请调整, 申请延期: each the count of the proposal list its link opens. */
    public List<Queue> officeQueues(CurrentUser staff) {
        return List.of(
                new Queue("待审查提案", search.count(staff, criteria(ProposalStatus.SUBMITTED, null)), "/proposals?status=SUBMITTED"),
                queue(staff, "超期未办复提案", HandlingFilter.OVERDUE),
                queue(staff, "承办单位申请调整", HandlingFilter.REASSIGNMENT_REQUESTED),
                queue(staff, "承办单位申请延期", HandlingFilter.EXTENSION_REQUESTED));
    }

    private Queue queue(CurrentUser staff, String label, HandlingFilter filter) {
        return new Queue(label, search.count(staff, criteria(null, filter)), "/proposals?handling=" + filter.name());
    }

    private static ProposalCriteria criteria(ProposalStatus status, HandlingFilter handling) {
        return new ProposalCriteria(null, status, null, null, null, null, null, null, null, null, null, handling, null, null,
                null, null);
    }

    /** Open co-sign invitations of the member. */
    public List<ProposalQueries.Invitation> invitations(CurrentUser member) {
        return search.invitations(member);
    }

    /** The member's proposals returned for revision and their unsubmitted drafts, oldest change first. */
    public List<Item> returnedAndDrafts(CurrentUser member) {
        return jdbc.sql("""
                select p.id, p.title, p.status from proposal p
                 where p.committee_id = :committee and p.status in ('RETURNED', 'DRAFT')
                   and (p.lead_member_id = :member or p.entered_by = :username)
                 order by p.status desc, p.id limit 20""")
                .param("committee", member.committeeId()).param("member", member.memberId() == null ? -1 : member.memberId())
                .param("username", member.username())
                .query((rs, n) -> new Item(rs.getLong("id"), rs.getString("title"),
                        ProposalStatus.valueOf(rs.getString("status")).label(), "/proposals/" + rs.getLong("id")))
                .list();
    }

    /** Proposals the member led or co-signed, submitted this year (withdrawn ones aside). */
    public long mineThisYear(CurrentUser member) {
        var year = year();
        return jdbc.sql("""
                select count(*) from proposal p where p.committee_id = :committee and p.submitted_at >= :from and p.submitted_at < :to
                   and p.status not in ('DRAFT', 'WITHDRAWN')
                   and (p.lead_member_id = :member or exists (select 1 from proposal_cosigner c where c.proposal_id = p.id
                        and c.member_id = :member and c.status = 'CONFIRMED'))""")
                .param("committee", member.committeeId()).param("member", member.memberId() == null ? -1 : member.memberId())
                .param("from", year[0]).param("to", year[1]).query(Long.class).single();
    }

    /** The committee's proposals of this year: received, filed (or handled, closed), closed. */
    public Figures figuresThisYear(long committeeId) {
        var year = year();
        return jdbc.sql("""
                select count(*) filter (where status not in ('DRAFT', 'WITHDRAWN')) as received,
                       count(*) filter (where status in ('FILED', 'HANDLING', 'CLOSED')) as filed,
                       count(*) filter (where status = 'CLOSED') as closed,
                       count(*) filter (where key_proposal) as key_count
                  from proposal where committee_id = :committee and submitted_at >= :from and submitted_at < :to""")
                .param("committee", committeeId).param("from", year[0]).param("to", year[1])
                .query((rs, n) -> new Figures(rs.getLong("received"), rs.getLong("filed"), rs.getLong("closed"), rs.getLong("key_count")))
                .single();
    }

    public record Figures(long received, long filed, long closed, long keyProposals) {
    }

    /**
     * Key proposals not yet closed, those the leader leads the supervision of (by name) first; {@code mine} says which.
     */
    public List<KeyProposal> keyProposals(CurrentUser leader) {
        return jdbc.sql("""
                select p.id, p.title, p.status, exists (select 1 from proposal_key_leader l where l.proposal_id = p.id
                         and l.leader_name = :name) as mine,
                       (select string_agg(l.leader_name, '、' order by l.leader_name) from proposal_key_leader l
                         where l.proposal_id = p.id) as leaders
                  from proposal p where p.committee_id = :committee and p.key_proposal and p.status <> 'CLOSED'
                 order by mine desc, p.id desc limit 10""")
                .param("committee", leader.committeeId()).param("name", leader.displayName())
                .query((rs, n) -> new KeyProposal(rs.getLong("id"), rs.getString("title"),
                        ProposalStatus.valueOf(rs.getString("status")).label(), rs.getString("leaders"), rs.getBoolean("mine")))
                .list();
    }

    public record KeyProposal(long id, String title, String status, String leaders, boolean mine) {
    }

    private Timestamp[] year() {
        int y = LocalDate.now(clock).getYear();
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        return new Timestamp[]{Timestamp.from(from), Timestamp.from(to)};
    }
}
