package cn.tongxin.search.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Brings one record's document up to date from its source: written when the record can be found, removed when it is
 * gone or withdrawn. Events and the rebuild both come through here, so they cannot disagree.
 */
@Component
public class Indexer {

    private final Map<SubjectType, IndexSource> sources = new EnumMap<>(SubjectType.class);
    private final SearchIndex index;

    Indexer(List<IndexSource> sources, SearchIndex index) {
        sources.forEach(s -> this.sources.put(s.type(), s));
        this.index = index;
    }

    public boolean indexes(SubjectType type) {
        return sources.containsKey(type);
    }

    @Transactional
    public void refresh(SubjectRef subject) {
        IndexSource source = sources.get(subject.type());
        if (source == null) {
            return;
        }
        source.load(subject.id()).ifPresentOrElse(index::put, () -> index.remove(subject));
    }

    Map<SubjectType, IndexSource> sources() {
        return sources;
    }
}
