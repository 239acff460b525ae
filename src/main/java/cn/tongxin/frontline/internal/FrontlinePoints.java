package cn.tongxin.frontline.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.frontline.FrontlinePoint;

/** Points as aggregates (with their members); a step locks its point's row until the transaction ends. */
public interface FrontlinePoints extends ListCrudRepository<FrontlinePoint, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<FrontlinePoint> findLockedByIdAndCommitteeId(long id, long committeeId);

    Optional<FrontlinePoint> findByIdAndCommitteeId(long id, long committeeId);

    boolean existsByCommitteeIdAndNameAndIdNot(long committeeId, String name, long id);
}
