package cn.tongxin.proposal.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The leaders who lead a key proposal's supervision, and the supervision held (child rows of the proposal). */
@Component
public class KeyProposalRecords {

    private final JdbcClient jdbc;

    KeyProposalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceLeaders(long proposalId, List<String> names) {
        jdbc.sql("delete from proposal_key_leader where proposal_id = ?").param(proposalId).update();
        names.forEach(n -> jdbc.sql("insert into proposal_key_leader (proposal_id, leader_name) values (?, ?)")
                .params(proposalId, n).update());
    }

    public void addSupervision(long proposalId, String kind, LocalDate heldOn, String note, String recordedBy) {
        jdbc.sql("insert into proposal_supervision (proposal_id, kind, held_on, note, recorded_by) values (?, ?, ?, ?, ?)")
                .params(proposalId, kind, heldOn, note, recordedBy).update();
    }
}
