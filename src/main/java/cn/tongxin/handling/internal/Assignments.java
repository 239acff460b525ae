package cn.tongxin.handling.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface Assignments extends ListCrudRepository<Assignment, Long> {

    @Query("select * from handling_assignment where id = :id and committee_id = :committeeId for update")
    Optional<Assignment> findByIdAndCommitteeId(@Param("id") Long id, @Param("committeeId") long committeeId);

    @Query("select * from handling_assignment where case_id = :caseId order by id for update")
    List<Assignment> findByCaseIdOrderById(@Param("caseId") long caseId);
}
