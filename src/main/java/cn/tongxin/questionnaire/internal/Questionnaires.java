package cn.tongxin.questionnaire.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.shared.BusinessException;

/** The questionnaires of a committee; a step on one holds its row lock, so steps and answers never interleave. */
public interface Questionnaires extends ListCrudRepository<Questionnaire, Long> {

    @Query("select * from questionnaire where id = :id and committee_id = :committeeId for update")
    Optional<Questionnaire> findByIdAndCommitteeId(@Param("id") Long id, @Param("committeeId") long committeeId);

    @Query("select * from questionnaire where id = :id and committee_id = :committeeId")
    Optional<Questionnaire> read(@Param("id") Long id, @Param("committeeId") long committeeId);

    /** The questionnaire, locked for this step, or 404. */
    default Questionnaire lock(long committeeId, long id) {
        return findByIdAndCommitteeId(id, committeeId).orElseThrow(() -> BusinessException.notFound("该问卷"));
    }

    /** The questionnaire as it is now (no lock), or 404. */
    default Questionnaire get(long committeeId, long id) {
        return read(id, committeeId).orElseThrow(() -> BusinessException.notFound("该问卷"));
    }
}
