package cn.tongxin.proposal.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.proposal.BatchAction;
import cn.tongxin.proposal.BatchResult;
import cn.tongxin.proposal.ProposalStatus;

/** The office's batches and their per-proposal results; the committee's proposals a batch names, read in one query. */
@Repository
public class BatchLedger {

    private final JdbcClient jdbc;

    BatchLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A proposal as a batch lists it. */
    public record Row(long id, String numberText, String title, ProposalStatus status) {
    }

    /** The committee's proposals among {@code ids}; ids of other committees are simply absent. */
    public Map<Long, Row> rows(long committeeId, Collection<Long> ids) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select id, number_text, title, status from proposal where committee_id = :committee and id = any(:ids)")
                .param("committee", committeeId).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number_text"), rs.getString("title"),
                        ProposalStatus.valueOf(rs.getString("status"))))
                .list().forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    public long save(long committeeId, BatchAction action, String decision, String username, Instant at,
                     List<BatchResult.Item> items) {
        long id = jdbc.sql("""
                insert into proposal_batch (committee_id, action, decision, username, created_at)
                values (:committee, :action, :decision, :username, :at) returning id""")
                .param("committee", committeeId).param("action", action.name()).param("decision", decision)
                .param("username", username).param("at", java.sql.Timestamp.from(at)).query(Long.class).single();
        int position = 0;
        for (BatchResult.Item item : items) {
            jdbc.sql("""
                    insert into proposal_batch_item (batch_id, position, proposal_id, number_text, title, done, message)
                    values (:batch, :position, :proposal, :number, :title, :done, :message)""")
                    .param("batch", id).param("position", position++).param("proposal", item.proposalId())
                    .param("number", item.numberText()).param("title", item.title()).param("done", item.done())
                    .param("message", item.message()).update();
        }
        return id;
    }

    public Optional<BatchResult> find(long committeeId, long id) {
        List<BatchResult.Item> items = jdbc.sql("""
                select i.* from proposal_batch_item i join proposal_batch b on b.id = i.batch_id
                 where b.committee_id = :committee and b.id = :id order by i.position""")
                .param("committee", committeeId).param("id", id)
                .query((rs, n) -> new BatchResult.Item(rs.getLong("proposal_id"), rs.getString("number_text"),
                        rs.getString("title"), rs.getBoolean("done"), rs.getString("message")))
                .list();
        return jdbc.sql("select * from proposal_batch where committee_id = :committee and id = :id")
                .param("committee", committeeId).param("id", id)
                .query((rs, n) -> new BatchResult(rs.getLong("id"), BatchAction.valueOf(rs.getString("action")),
                        rs.getString("decision"), rs.getString("username"), rs.getTimestamp("created_at").toInstant(), items))
                .optional();
    }
}
