package cn.tongxin.handling.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.shared.SubjectType;

public interface HandlingCases extends ListCrudRepository<HandlingCase, Long> {

    /** Loads the case with a row lock: steps on one case never interleave. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<HandlingCase> findByIdAndCommitteeId(Long id, long committeeId);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<HandlingCase> findByCommitteeIdAndSubjectTypeAndSubjectId(long committeeId, SubjectType subjectType, long subjectId);

    boolean existsByCommitteeIdAndSubjectTypeAndSubjectId(long committeeId, SubjectType subjectType, long subjectId);
}
