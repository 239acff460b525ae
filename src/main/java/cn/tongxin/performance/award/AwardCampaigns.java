package cn.tongxin.performance.award;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface AwardCampaigns extends ListCrudRepository<AwardCampaign, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<AwardCampaign> findLockedByIdAndCommitteeId(long id, long committeeId);

    Optional<AwardCampaign> findByIdAndCommitteeId(long id, long committeeId);

    boolean existsByCommitteeIdAndYearAndKindAndStatusNot(long committeeId, int year, AwardKind kind, AwardWorkflow.Status status);
}
