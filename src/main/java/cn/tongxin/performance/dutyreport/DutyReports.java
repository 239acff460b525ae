package cn.tongxin.performance.dutyreport;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface DutyReports extends ListCrudRepository<DutyReport, Long> {

    /** With a row lock: steps on one report never interleave. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<DutyReport> findByIdAndCommitteeId(Long id, long committeeId);

    Optional<DutyReport> findByCommitteeIdAndMemberIdAndYear(long committeeId, long memberId, int year);
}
