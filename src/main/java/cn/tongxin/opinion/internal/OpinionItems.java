package cn.tongxin.opinion.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.opinion.OpinionItem;

public interface OpinionItems extends ListCrudRepository<OpinionItem, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<OpinionItem> findByIdAndCommitteeId(long id, long committeeId);
}
