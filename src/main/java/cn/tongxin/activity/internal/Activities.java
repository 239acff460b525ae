package cn.tongxin.activity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.activity.Activity;

public interface Activities extends ListCrudRepository<Activity, Long> {

    Optional<Activity> findByIdAndCommitteeId(long id, long committeeId);

    /** Steps on one activity take turns: the row stays locked until the transaction ends. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Activity> findLockedByIdAndCommitteeId(long id, long committeeId);

    /** Activities of every committee still open although they ended before {@code before}. */
    @Query("select id from activity where status in ('SIGNUP_OPEN', 'SIGNUP_CLOSED') and ends_at < :before order by id")
    List<Long> openEndedBefore(@Param("before") Instant before);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Activity> findLockedById(long id);
}
