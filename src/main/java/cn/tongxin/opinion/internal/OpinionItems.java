package cn.tongxin.opinion.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.opinion.OpinionItem;

public interface OpinionItems extends ListCrudRepository<OpinionItem, Long> {

    @Query("select * from opinion_item where id = :id and committee_id = :committeeId for update")
    Optional<OpinionItem> findByIdAndCommitteeId(@Param("id") long id, @Param("committeeId") long committeeId);
}
