package cn.tongxin.handling.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.shared.SubjectType;

public interface HandlingCases extends ListCrudRepository<HandlingCase, Long> {

    /** Loads the case with a row lock: steps on one case never interleave. */
    @Query("select * from handling_case where id = :id and committee_id = :committeeId for update")
    Optional<HandlingCase> findByIdAndCommitteeId(@Param("id") Long id, @Param("committeeId") long committeeId);

    @Query("""
            select * from handling_case
             where committee_id = :committeeId and subject_type = :subjectType and subject_id = :subjectId for update""")
    Optional<HandlingCase> findByCommitteeIdAndSubjectTypeAndSubjectId(@Param("committeeId") long committeeId,
            @Param("subjectType") SubjectType subjectType, @Param("subjectId") long subjectId);

    boolean existsByCommitteeIdAndSubjectTypeAndSubjectId(long committeeId, SubjectType subjectType, long subjectId);
}
