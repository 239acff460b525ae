package cn.tongxin.suggestion.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

public interface MicroSuggestions extends ListCrudRepository<MicroSuggestion, Long> {

    /** With a row lock: steps on one suggestion never interleave. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<MicroSuggestion> findByIdAndCommitteeId(Long id, long committeeId);

    Optional<MicroSuggestion> findByCommitteeIdAndRequestKey(long committeeId, String requestKey);
}
