package cn.tongxin.deliberation.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.deliberation.Topic;

public interface Topics extends ListCrudRepository<Topic, Long> {

    @Query("select * from deliberation_topic where id = :id and committee_id = :committeeId")
    Optional<Topic> findByIdAndCommitteeId(@Param("id") long id, @Param("committeeId") long committeeId);

    /** Steps on one topic take turns: the row stays locked until the transaction ends. */
    @Query("select * from deliberation_topic where id = :id and committee_id = :committeeId for update")
    Optional<Topic> findLockedByIdAndCommitteeId(@Param("id") long id, @Param("committeeId") long committeeId);
}
