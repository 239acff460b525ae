package cn.tongxin.memoir.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.memoir.Memoir;

public interface Memoirs extends ListCrudRepository<Memoir, Long> {

    @Query("select * from memoir where id = :id and committee_id = :committeeId for update")
    Optional<Memoir> findLockedByIdAndCommitteeId(long id, long committeeId);

    Optional<Memoir> findByCommitteeIdAndRequestKey(long committeeId, String requestKey);
}
