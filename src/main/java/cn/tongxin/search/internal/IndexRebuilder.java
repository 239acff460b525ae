package cn.tongxin.search.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Writes every record's document again through the same sources the events use ({@link Indexer#refreshAll}: the
 * batch's documents in one statement, its word counts in another), in batches of one transaction each, then refreshes the documents that were not written (records gone since: removed). Search keeps
 * answering during a rebuild.
 */
@Component
public class IndexRebuilder {

    private static final int BATCH = 500;

    private final Indexer indexer;
    private final JdbcClient jdbc;

    IndexRebuilder(Indexer indexer, JdbcClient jdbc) {
        this.indexer = indexer;
        this.jdbc = jdbc;
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
                indexer.refreshAll(source.type(), ids);
                after = ids.getLast();
            }
        }
        // documents not written now (records gone or withdrawn since): refreshed, which removes them with their word counts
        List<SubjectRef> stale = jdbc.sql("""
                select subject_type, subject_id from search_document
                 where (cast(:committee as bigint) is null or committee_id = :committee) and indexed_at < :started""")
                .param("committee", committeeId).param("started", started)
                .query((rs, n) -> SubjectRef.of(SubjectType.valueOf(rs.getString(1)), rs.getLong(2))).list();
        stale.stream().collect(java.util.stream.Collectors.groupingBy(SubjectRef::type)).forEach((type, refs) -> {
            for (int from = 0; from < refs.size(); from += BATCH) {
                indexer.refreshAll(type, refs.subList(from, Math.min(refs.size(), from + BATCH)).stream().map(SubjectRef::id).toList());
            }
        });
        return jdbc.sql("select count(*) from search_document where cast(:committee as bigint) is null or committee_id = :committee")
                .param("committee", committeeId).query(Long.class).single();
    }
}
