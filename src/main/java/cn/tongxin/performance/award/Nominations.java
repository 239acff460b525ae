package cn.tongxin.performance.award;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.Scores;
import cn.tongxin.performance.Scoring;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.performance.internal.Links;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/**
 * Staff nominate by hand, with a reason: a member (优秀委员, 社情民意先进), a record of the committee with the members
 * the record credits (优秀提案: a proposal; 优秀调研报告: an activity output), an article with its author, a sector.
 */
@Component
class Nominations {

    private final AwardCandidates candidates;
    private final AwardRecords records;
    private final Members members;
    private final Organization organization;
    private final Timeline timeline;
    private final Scores scores;
    private final ScoreStore scoreStore;

    Nominations(AwardCandidates candidates, AwardRecords records, Members members, Organization organization, Timeline timeline,
                Scores scores, ScoreStore scoreStore) {
        this.scores = scores;
        this.scoreStore = scoreStore;
        this.candidates = candidates;
        this.records = records;
        this.members = members;
        this.organization = organization;
        this.timeline = timeline;
    }

    long add(CurrentUser staff, AwardCampaign campaign, Nomination n) {
        String reason = Text.trimToNull(n == null ? null : n.reason());
        if (reason == null || reason.length() > 1000) {
            throw BusinessException.invalid("请填写提名理由（不超过1000个字）");
        }
        Candidate.Draft draft = switch (campaign.kind().nominee()) {
            case MEMBER -> member(staff, campaign, n, reason);
            case ARTICLE -> article(n, reason);
            case RECORD -> record(staff, campaign, n, reason);
            case SECTOR -> sector(n, reason);
        };
        List<Long> added = candidates.add(staff.committeeId(), campaign.id(), List.of(draft), staff.username());
        if (added.isEmpty()) {
            throw BusinessException.conflict("“" + draft.title() + "”已是本次评选的候选");
        }
        long id = added.getFirst();
        timeline.record(staff.committeeId(), SubjectType.AWARD_CANDIDATE, id, "提名候选", null, Candidate.Status.PROPOSED.label(),
                campaign.title() + "：" + reason);
        return id;
    }

    /** A member, with the year's total and grade beside those the records proposed (优秀委员). */
    private Candidate.Draft member(CurrentUser staff, AwardCampaign campaign, Nomination n, String reason) {
        MemberView m = member(n.memberId());
        Map<String, String> figures = new LinkedHashMap<>();
        if (campaign.kind() == AwardKind.OUTSTANDING_MEMBER) {
            var rules = scores.effective(staff.committeeId(), campaign.year());
            var result = scoreStore.of(staff.committeeId(), campaign.year(), rules.id(), m.id());
            var empty = Scoring.score(rules.rules(), List.of());
            figures.put("总分", CandidateSources.points(result.map(ScoreStore.Row::total).orElse(empty.total())));
            figures.put("等级", java.util.Objects.requireNonNullElse(result.map(ScoreStore.Row::grade).orElse(empty.grade()), "—"));
        }
        return new Candidate.Draft(CandidateSources.memberKey(m.id()), m.name(), List.of(m.id()), null, null,
                CandidateSources.memberLink(m.id()), figures, Candidate.Origin.NOMINATION, reason);
    }

    private Candidate.Draft article(Nomination n, String reason) {
        MemberView m = member(n.memberId());
        String title = Text.trimToNull(n.title());
        if (title == null || title.length() > 200) {
            throw BusinessException.invalid("请填写文章题目（不超过200个字）");
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("作者", m.name());
        return new Candidate.Draft(null, "《" + title + "》", List.of(m.id()), null, null, null, figures, Candidate.Origin.NOMINATION, reason);
    }

    private Candidate.Draft record(CurrentUser staff, AwardCampaign campaign, Nomination n, String reason) {
        boolean proposal = campaign.kind() == AwardKind.OUTSTANDING_PROPOSAL;
        String what = proposal ? "提案" : "调研报告";
        if (n.recordId() == null) {
            throw BusinessException.invalid("请填写" + what + "编号");
        }
        var ref = SubjectRef.of(proposal ? SubjectType.PROPOSAL : SubjectType.ACTIVITY_OUTPUT, n.recordId());
        List<Long> credited = records.membersOf(staff.committeeId(), ref.type(), ref.id(),
                proposal ? FactKind.PROPOSAL_FILED : FactKind.AUTHORED);
        if (credited.isEmpty()) {
            throw BusinessException.invalid(proposal ? "履职记录中没有该立案提案" : "履职记录中没有该调研报告的作者");
        }
        String title = Text.trimToNull(n.title());
        String name = title != null ? title : what + "（" + names(credited) + "）";
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(proposal ? "提案人" : "作者", names(credited));
        return new Candidate.Draft(CandidateSources.recordKey(ref), name.length() > 300 ? name.substring(0, 300) : name, credited, ref,
                null, proposal ? Links.of(ref) : null, figures, Candidate.Origin.NOMINATION, reason);
    }

    private Candidate.Draft sector(Nomination n, String reason) {
        OrgUnit sector = organization.units(OrgUnitKind.SECTOR).stream().filter(u -> n.sectorId() != null && u.id() == n.sectorId())
                .findFirst().orElseThrow(() -> BusinessException.invalid("请选择界别"));
        return new Candidate.Draft(CandidateSources.sectorKey(sector.id()), sector.name(), List.of(), null, sector.id(), null, Map.of(),
                Candidate.Origin.NOMINATION, reason);
    }

    private MemberView member(Long memberId) {
        if (memberId == null) {
            throw BusinessException.invalid("请选择委员");
        }
        return members.find(memberId).orElseThrow(() -> BusinessException.invalid("所选委员不存在"));
    }

    private String names(List<Long> ids) {
        return String.join("、", ids.stream().map(id -> members.find(id).map(MemberView::name).orElse("委员" + id)).toList());
    }
}
