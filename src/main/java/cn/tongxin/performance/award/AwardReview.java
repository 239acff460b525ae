package cn.tongxin.performance.award;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.performance.award.AwardWorkflow.Action;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/**
 * 评审: candidates are put on the shortlist or removed, each with a note; the decision names the winners (优秀委员
 * within its quota). Each candidate's step is on its timeline; the decision is audited.
 */
@Service
@Transactional
public class AwardReview {

    private final AwardAccess access;
    private final AwardCampaigns campaigns;
    private final AwardCandidates candidates;
    private final Timeline timeline;
    private final AuditLog audit;

    AwardReview(AwardAccess access, AwardCampaigns campaigns, AwardCandidates candidates, Timeline timeline, AuditLog audit) {
        this.access = access;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.timeline = timeline;
        this.audit = audit;
    }

    public void shortlist(long id, long candidateId, String note) {
        review(id, candidateId, Action.SHORTLIST, Candidate.Status.SHORTLISTED, note);
    }

    public void remove(long id, long candidateId, String note) {
        if (Text.isBlank(note)) {
            throw BusinessException.invalid("请填写移出候选的理由");
        }
        review(id, candidateId, Action.REMOVE, Candidate.Status.REMOVED, note);
    }

    /** The winners, from the candidates not removed. */
    public void decide(long id, List<Long> winnerIds, String note) {
        CurrentUser staff = access.office();
        var campaign = access.locked(staff, id);
        Set<Long> winners = new LinkedHashSet<>(winnerIds == null ? List.of() : winnerIds.stream().filter(Objects::nonNull).toList());
        var all = candidates.of(staff.committeeId(), id);
        for (Long w : winners) {
            var c = all.stream().filter(x -> x.id() == w).findFirst().orElseThrow(() -> BusinessException.invalid("所选候选不属于本次评选"));
            if (c.status() == Candidate.Status.REMOVED) {
                throw BusinessException.invalid("“" + c.title() + "”已移出候选，不能获评");
            }
        }
        campaign.decide(winners.size(), AwardAccess.parties(staff));
        campaigns.save(campaign);
        candidates.decide(id, winners);
        String chosen = String.join("、", all.stream().filter(c -> winners.contains(c.id())).map(Candidate::title).toList());
        for (Long w : winners) {
            timeline.record(staff.committeeId(), SubjectType.AWARD_CANDIDATE, w, "决定获评", null, Candidate.Status.WINNER.label(),
                    Text.trimToNull(note));
        }
        audit.record(staff.committeeId(), "决定评选结果", AwardCampaignSteps.AUDIT_TARGET, id,
                cut(campaign.title() + "：" + winners.size() + "名（" + chosen + "）"));
    }

    private void review(long id, long candidateId, Action action, Candidate.Status to, String note) {
        CurrentUser staff = access.office();
        var campaign = access.locked(staff, id);
        campaign.check(action, AwardAccess.parties(staff));
        var candidate = candidates.find(staff.committeeId(), id, candidateId).orElseThrow(() -> BusinessException.notFound("候选"));
        String text = Text.trimToNull(note);
        if (text != null && text.length() > 500) {
            throw BusinessException.invalid("评审意见不超过500个字");
        }
        candidates.review(candidateId, to, text);
        timeline.record(staff.committeeId(), SubjectType.AWARD_CANDIDATE, candidateId, action.label(), candidate.status().label(),
                to.label(), text);
    }

    /** The audit keeps at most 1000 characters of detail. */
    static String cut(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
