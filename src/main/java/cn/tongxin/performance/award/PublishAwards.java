package cn.tongxin.performance.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.Scores;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.proposal.KeyProposals;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * 公布: the result becomes visible to members, and winners enter the record — each winning member (of a member award,
 * or the proposers and authors of a winning record) gets a 获评表彰 entry dated the day of publication, and their points
 * are recomputed. A winning proposal is marked 优秀提案 in the proposal module, which records its own fact.
 */
@Service
@Transactional
public class PublishAwards {

    private final AwardAccess access;
    private final AwardCampaigns campaigns;
    private final AwardCandidates candidates;
    private final Recorder recorder;
    private final Scores scores;
    private final KeyProposals keyProposals;
    private final AuditLog audit;
    private final Clock clock;

    PublishAwards(AwardAccess access, AwardCampaigns campaigns, AwardCandidates candidates, Recorder recorder, Scores scores,
                  KeyProposals keyProposals, AuditLog audit, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.recorder = recorder;
        this.scores = scores;
        this.keyProposals = keyProposals;
        this.audit = audit;
        this.clock = clock;
    }

    public void publish(long id) {
        CurrentUser staff = access.office();
        var campaign = access.locked(staff, id);
        LocalDate today = LocalDate.now(clock);
        campaign.publish(today, AwardAccess.parties(staff));
        campaigns.save(campaign);
        List<Candidate> winners = candidates.of(staff.committeeId(), id).stream().filter(Candidate::winner).toList();
        if (campaign.kind() == AwardKind.OUTSTANDING_PROPOSAL) {
            winners.stream().filter(w -> w.source() != null && w.source().type() == SubjectType.PROPOSAL)
                    .forEach(w -> keyProposals.markOutstanding(w.source().id(), campaign.year(), true));
        }
        Set<MemberYear> touched = new LinkedHashSet<>();
        if (campaign.kind().creditsMembers()) {
            touched.addAll(recorder.put(winners.stream().flatMap(w -> w.memberIds().stream().map(m -> fact(campaign, w, m, today))).toList()));
            scores.refresh(staff.committeeId(), touched);
        }
        audit.record(staff.committeeId(), "公布评选结果", AwardCampaignSteps.AUDIT_TARGET, id,
                campaign.title() + "：获评" + winners.size() + "个，记入履职档案" + touched.size() + "人");
    }

    private static Fact fact(AwardCampaign campaign, Candidate winner, long memberId, LocalDate on) {
        var ref = SubjectRef.of(SubjectType.AWARD_CANDIDATE, winner.id());
        String title = campaign.year() + "年度" + campaign.kind().label() + (winner.memberIds().size() > 1 || campaign.kind().nominee()
                != AwardKind.Nominee.MEMBER ? "：" + winner.title() : "");
        return new Fact(campaign.committeeId(), memberId, on, FactKind.AWARDED, campaign.kind().name(), MemberRole.INDIVIDUAL, 0, ref,
                title.length() > 300 ? title.substring(0, 300) : title, "/awards/" + campaign.id());
    }
}
