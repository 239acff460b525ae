package cn.tongxin.handling.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

public interface Assignments extends ListCrudRepository<Assignment, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Assignment> findByIdAndCommitteeId(Long id, long committeeId);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<Assignment> findByCaseIdOrderById(long caseId);
}
