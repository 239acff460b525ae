package cn.tongxin.search.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Brings records' documents up to date from their sources: written when the record can be found, removed when it is
 * gone or withdrawn. Events (through {@link PendingDocuments} and {@link IndexWriter}) and the rebuild both come through
 * {@link #refreshAll}, so they cannot disagree.
 */
@Component
public class Indexer {

    private final Map<SubjectType, IndexSource> sources = new EnumMap<>(SubjectType.class);
    private final SearchIndex index;

    private final PendingDocuments pending;

    Indexer(List<IndexSource> sources, SearchIndex index, PendingDocuments pending) {
        sources.forEach(s -> this.sources.put(s.type(), s));
        this.index = index;
        this.pending = pending;
    }

    public boolean indexes(SubjectType type) {
        return sources.containsKey(type);
    }

    /**
     * An event named the record: its document is due. Noted in the listener's transaction and written behind it by
     * {@link IndexWriter} (records named by several events in a burst are written once); {@link #refreshAll} writes.
     */
    @Transactional
    public void refresh(SubjectRef subject) {
        if (sources.containsKey(subject.type())) {
            pending.note(subject);
        }
    }

    /**
     * A batch of one kind brought up to date, as {@link #refresh} would one by one: the found documents are cut up
     * first, outside any statement, then written together; the gone ones removed.
     */
    @Transactional
    public void refreshAll(SubjectType type, List<Long> ids) {
        IndexSource source = sources.get(type);
        if (source == null) {
            return;
        }
        List<SearchIndex.Prepared> found = new java.util.ArrayList<>();
        for (Long id : ids) {
            source.load(id).ifPresentOrElse(d -> found.add(index.prepare(d)), () -> index.remove(SubjectRef.of(type, id)));
        }
        index.write(found);
    }

    Map<SubjectType, IndexSource> sources() {
        return sources;
    }
}
