package cn.tongxin.opinion.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.opinion.OpinionReport;

/** Reports as aggregates; a step locks its report's row until the transaction ends. */
public interface OpinionReports extends ListCrudRepository<OpinionReport, Long> {

    @Query("select nextval('opinion_report_id_seq')")
    long nextId();

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<OpinionReport> findByIdAndCommitteeId(long id, long committeeId);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<OpinionReport> findByItemIdOrderById(long itemId);

    Optional<OpinionReport> findByCommitteeIdAndRequestKey(long committeeId, String requestKey);

    boolean existsByCommitteeIdAndRequestKey(long committeeId, String requestKey);
}
