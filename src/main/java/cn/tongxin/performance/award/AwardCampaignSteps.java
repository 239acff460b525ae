package cn.tongxin.performance.award;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.performance.award.AwardWorkflow.Action;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * Setting up and running a campaign: 筹备 (the quota of 优秀委员 fixed from the committee's setting), 提名 with the
 * candidates the records propose, nominations by hand, 评审, and cancelling before publication. Audited.
 */
@Service
@Transactional
public class AwardCampaignSteps {

    static final String AUDIT_TARGET = "award_campaign";

    private final AwardAccess access;
    private final AwardCampaigns campaigns;
    private final AwardCandidates candidates;
    private final CandidateSources sources;
    private final Nominations nominations;
    private final Members members;
    private final CommitteeSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    AwardCampaignSteps(AwardAccess access, AwardCampaigns campaigns, AwardCandidates candidates, CandidateSources sources,
                       Nominations nominations, Members members, CommitteeSettings settings, AuditLog audit, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.sources = sources;
        this.nominations = nominations;
        this.members = members;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public long create(Integer year, AwardKind kind, String title) {
        CurrentUser staff = access.office();
        var errors = new FieldErrors.Collector();
        if (year == null || year < 1990 || year > 2100) {
            errors.add("year", "请填写评选年度");
        }
        if (kind == null) {
            errors.add("kind", "请选择评选类别");
        }
        if (title != null && title.strip().length() > 200) {
            errors.add("title", "评选名称不超过200个字");
        }
        errors.throwIfAny();
        if (campaigns.existsByCommitteeIdAndYearAndKindAndStatusNot(staff.committeeId(), year, kind, AwardWorkflow.Status.CANCELLED)) {
            throw BusinessException.conflict(year + "年度" + kind.label() + "评选已经设立");
        }
        String name = Text.isBlank(title) ? year + "年度" + kind.label() + "评选" : title.strip();
        var campaign = campaigns.save(AwardCampaign.setUp(staff.committeeId(), year, kind, name, quota(staff.committeeId(), kind),
                staff.username(), Instant.now(clock)));
        audit.record(staff.committeeId(), "设立评选", AUDIT_TARGET, campaign.id(),
                name + (campaign.quota() == null ? "" : "，名额" + campaign.quota() + "名"));
        return campaign.id();
    }

    /** 开始提名: the records propose their candidates. Returns how many were proposed. */
    public int open(long id) {
        CurrentUser staff = access.office();
        var campaign = access.locked(staff, id);
        campaign.open(AwardAccess.parties(staff));
        campaigns.save(campaign);
        int proposed = candidates.add(staff.committeeId(), id, sources.propose(campaign), staff.username()).size();
        audit.record(staff.committeeId(), "开始评选提名", AUDIT_TARGET, id, campaign.title() + "，据履职记录推荐候选" + proposed + "个");
        return proposed;
    }

    /** A nomination by hand, with its reason: any member, record or sector of the committee. */
    public long nominate(long id, Nomination nomination) {
        CurrentUser staff = access.office();
        var campaign = access.locked(staff, id);
        campaign.check(Action.NOMINATE, AwardAccess.parties(staff));
        return nominations.add(staff, campaign, nomination);
    }

    public void startReview(long id) {
        step(id, "进入评审", c -> c.startReview(AwardAccess.parties(access.office())), null);
    }

    public void cancel(long id, String reason) {
        step(id, "撤销评选", c -> c.cancel(AwardAccess.parties(access.office())), Text.trimToNull(reason));
    }

    private void step(long id, String action, java.util.function.Consumer<AwardCampaign> change, String detail) {
        CurrentUser staff = access.office();
        var campaign = access.locked(staff, id);
        String from = campaign.status().label();
        change.accept(campaign);
        campaigns.save(campaign);
        audit.record(staff.committeeId(), action, AUDIT_TARGET, id, campaign.title() + "：" + from + " → " + campaign.status().label()
                + (detail == null ? "" : "（" + detail + "）"));
    }

    /** 优秀委员名额: the setting's share of the active members, rounded, at least one. Other kinds have no quota. */
    Integer quota(long committeeId, AwardKind kind) {
        if (kind != AwardKind.OUTSTANDING_MEMBER) {
            return null;
        }
        int percent = settings.value(committeeId, SettingKey.OUTSTANDING_MEMBER_QUOTA_PERCENT);
        return quota(members.active().size(), percent);
    }

    static int quota(int activeMembers, int percent) {
        return Math.max(1, (int) Math.round(activeMembers * percent / 100.0));
    }
}
