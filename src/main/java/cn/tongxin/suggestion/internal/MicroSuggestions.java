package cn.tongxin.suggestion.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface MicroSuggestions extends ListCrudRepository<MicroSuggestion, Long> {

    /** With a row lock: steps on one suggestion never interleave. */
    @Query("select * from micro_suggestion where id = :id and committee_id = :committeeId for update")
    Optional<MicroSuggestion> findByIdAndCommitteeId(@Param("id") Long id, @Param("committeeId") long committeeId);

    @Query("select * from micro_suggestion where committee_id = :committeeId and request_key = :requestKey")
    Optional<MicroSuggestion> findByCommitteeIdAndRequestKey(@Param("committeeId") long committeeId, @Param("requestKey") String requestKey);
}
