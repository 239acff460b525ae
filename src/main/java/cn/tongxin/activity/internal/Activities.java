package cn.tongxin.activity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.activity.Activity;

public interface Activities extends ListCrudRepository<Activity, Long> {

    @Query("select * from activity where id = :id and committee_id = :committeeId")
    Optional<Activity> findByIdAndCommitteeId(@Param("id") long id, @Param("committeeId") long committeeId);

    /** Steps on one activity take turns: the row stays locked until the transaction ends. */
    @Query("select * from activity where id = :id and committee_id = :committeeId for update")
    Optional<Activity> findLockedByIdAndCommitteeId(@Param("id") long id, @Param("committeeId") long committeeId);

    /** Activities of every committee still open although they ended before {@code before}. */
    @Query("select id from activity where status in ('SIGNUP_OPEN', 'SIGNUP_CLOSED') and ends_at < :before order by id")
    List<Long> openEndedBefore(@Param("before") Instant before);

    @Query("select * from activity where id = :id for update")
    Optional<Activity> findLockedById(@Param("id") long id);
}
