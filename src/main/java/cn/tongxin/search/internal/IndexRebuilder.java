package cn.tongxin.search.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Writes every record's document again through the same {@link Indexer#refresh} the events use, in batches of one
 * transaction each, then refreshes the documents that were not written (records gone since: removed). Search keeps
 * answering during a rebuild.
 */
@Component
public class IndexRebuilder {

    private static final int BATCH = 500;

    private final Indexer indexer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    IndexRebuilder(Indexer indexer, JdbcClient jdbc, TransactionTemplate transactions) {
        this.indexer = indexer;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from search_document)").query(Boolean.class).single();
    }

    /** Rebuilds the documents of one committee, or (null) of all; answers how many documents there are now. */
    public long rebuild(Long committeeId) {
        OffsetDateTime started = jdbc.sql("select now()").query(OffsetDateTime.class).single();
        for (IndexSource source : indexer.sources().values()) {
            long after = 0;
            while (true) {
                List<Long> ids = source.ids(committeeId, after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                transactions.executeWithoutResult(tx -> ids.forEach(id -> indexer.refresh(SubjectRef.of(source.type(), id))));
                after = ids.getLast();
            }
        }
        // documents not written now (records gone or withdrawn since): refreshed, which removes them with their word counts
        List<SubjectRef> stale = jdbc.sql("""
                select subject_type, subject_id from search_document
                 where (cast(:committee as bigint) is null or committee_id = :committee) and indexed_at < :started""")
                .param("committee", committeeId).param("started", started)
                .query((rs, n) -> SubjectRef.of(SubjectType.valueOf(rs.getString(1)), rs.getLong(2))).list();
        for (int from = 0; from < stale.size(); from += BATCH) {
            List<SubjectRef> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
            transactions.executeWithoutResult(tx -> batch.forEach(indexer::refresh));
        }
        return jdbc.sql("select count(*) from search_document where cast(:committee as bigint) is null or committee_id = :committee")
                .param("committee", committeeId).query(Long.class).single();
    }
}
