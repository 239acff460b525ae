package cn.tongxin.proposal.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import cn.tongxin.shared.BusinessException;

/** The proposals of a committee; steps on one proposal hold its row lock, so they never interleave. */
public interface Proposals extends ListCrudRepository<Proposal, Long> {

    @Query("select * from proposal where id = :id and committee_id = :committeeId for update")
    Optional<Proposal> findByIdAndCommitteeId(@Param("id") Long id, @Param("committeeId") long committeeId);

    @Query("select * from proposal where committee_id = :committeeId and request_key = :requestKey")
    Optional<Proposal> findByCommitteeIdAndRequestKey(@Param("committeeId") long committeeId, @Param("requestKey") String requestKey);

    /** The proposal, locked for this step, or 404. */
    default Proposal lock(long committeeId, long id) {
        return findByIdAndCommitteeId(id, committeeId).orElseThrow(() -> BusinessException.notFound("提案"));
    }

    @Query("select member_id from proposal_cosigner where proposal_id = :id and status = 'CONFIRMED'")
    Set<Long> confirmedCosigners(@Param("id") long id);

    @Query("select m.name from proposal p join member m on m.id = p.lead_member_id where p.id = :id")
    Optional<String> leadMemberName(@Param("id") long id);
}
