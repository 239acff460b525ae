package cn.tongxin.activity.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.activity.ConsultationPlanItem;

public interface ConsultationPlanItems extends ListCrudRepository<ConsultationPlanItem, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<ConsultationPlanItem> findLockedByIdAndCommitteeId(long id, long committeeId);
}
