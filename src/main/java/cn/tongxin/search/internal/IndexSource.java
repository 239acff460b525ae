package cn.tongxin.search.internal;

import java.util.List;
import java.util.Optional;

import cn.tongxin.shared.SubjectType;

/**
 * Reads one kind of record as a {@link SearchDocument}, the same way for an event and for a rebuild (so a rebuilt index
 * equals the one kept from events). Empty: the record is gone or withdrawn, and leaves the index.
 */
interface IndexSource {

    SubjectType type();

    Optional<SearchDocument> load(long id);

    /** Every id of the kind, of one committee or (null) of all, in ascending order after {@code afterId}. */
    List<Long> ids(Long committeeId, long afterId, int limit);
}
