package cn.tongxin.frontline.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import cn.tongxin.frontline.FrontlineProblem;

public interface FrontlineProblems extends ListCrudRepository<FrontlineProblem, Long> {

    @Query("select * from frontline_problem where id = :id and committee_id = :committeeId for update")
    Optional<FrontlineProblem> findLockedByIdAndCommitteeId(long id, long committeeId);
}
