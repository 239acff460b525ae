package cn.tongxin.proposal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.proposal.ProposalAction;
import cn.tongxin.proposal.ProposalWorkflow;

/** The co-signers of a proposal (child rows of the proposal): invited, confirmed or declined. */
@Component
public class Cosigners {

    private final JdbcClient jdbc;

    Cosigners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invites several members in one statement, each once: the members newly invited (those invited before are not). */
    public java.util.Set<Long> invite(long proposalId, java.util.Collection<Long> memberIds, Instant at, Instant due) {
        if (memberIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at)
                select :proposal, m, 'INVITED', :at, :due from unnest(cast(:members as bigint[])) with ordinality as t(m, n) order by n
                on conflict (proposal_id, member_id) do nothing returning member_id""")
                .param("proposal", proposalId).param("at", Timestamp.from(at)).param("due", Timestamp.from(due))
                .param("members", memberIds.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
    }

    /** The member's invitation, locked. */
    public Optional<Invitation> lockInvitation(long proposalId, long memberId) {
        return jdbc.sql("select status, due_at from proposal_cosigner where proposal_id = ? and member_id = ? for update")
                .params(proposalId, memberId)
                .query((rs, n) -> new Invitation(rs.getString("status"), rs.getTimestamp("due_at").toInstant())).optional();
    }

    public void answer(long proposalId, long memberId, boolean confirm, Instant at) {
        jdbc.sql("update proposal_cosigner set status = ?, responded_at = ? where proposal_id = ? and member_id = ?")
                .params(confirm ? "CONFIRMED" : "DECLINED", Timestamp.from(at), proposalId, memberId).update();
    }

    /** While the proposal is in these statuses its co-signers may still answer (the table's 答复联名邀请 rows). */
    public static List<String> openStatuses() {
        return ProposalWorkflow.TABLE.rows().stream().filter(r -> r.action() == ProposalAction.COSIGN)
                .map(r -> r.from().name()).distinct().toList();
    }

    /** Open invitations whose deadline falls in [from, until), for the daily reminder. */
    public List<Map<String, Object>> dueBetween(Instant from, Instant until) {
        return jdbc.sql("""
                select p.committee_id, p.id, p.title, c.member_id, c.due_at from proposal_cosigner c join proposal p on p.id = c.proposal_id
                 where c.status = 'INVITED' and c.due_at >= :from and c.due_at < :until and p.status in (:open)""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).param("open", openStatuses())
                .query().listOfRows();
    }

    public record Invitation(String status, Instant dueAt) {

        public boolean open() {
            return "INVITED".equals(status);
        }
    }
}
