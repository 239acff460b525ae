package cn.tongxin.opinion.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.opinion.Bulletin;

public interface Bulletins extends ListCrudRepository<Bulletin, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Bulletin> findByIdAndCommitteeId(long id, long committeeId);
}
