package cn.tongxin.proposal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The co-signers of a proposal (child rows of the proposal): invited, confirmed or declined. */
@Component
public class Cosigners {

    private final JdbcClient jdbc;

    Cosigners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invites once: false when the member was invited before. */
    public boolean invite(long proposalId, long memberId, Instant at, Instant due) {
        return jdbc.sql("""
                insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at) values (?, ?, 'INVITED', ?, ?)
                on conflict (proposal_id, member_id) do nothing""")
                .params(proposalId, memberId, Timestamp.from(at), Timestamp.from(due)).update() > 0;
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

    public boolean anyConfirmed(long proposalId) {
        return jdbc.sql("select count(*) from proposal_cosigner where proposal_id = ? and status = 'CONFIRMED'")
                .param(proposalId).query(Long.class).single() > 0;
    }

    public record Invitation(String status, Instant dueAt) {

        public boolean open() {
            return "INVITED".equals(status);
        }
    }
}
