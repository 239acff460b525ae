package cn.tongxin.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.TermView;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.ReceivedDates;
import cn.tongxin.shared.Text;

/** What a draft must hold: while saving (title, category, length, proposer) and, to be submitted, a complete text. */
@Component
class DraftRules {

    private final CommitteeSettings settings;
    private final Dictionaries dictionaries;
    private final Members members;
    private final Organization organization;
    private final Clock clock;

    DraftRules(CommitteeSettings settings, Dictionaries dictionaries, Members members, Organization organization, Clock clock) {
        this.settings = settings;
        this.dictionaries = dictionaries;
        this.members = members;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The day the proposal was received: staff entering it on a member's behalf give it (null: today), never in the
     * future nor before the term began; a member handing in their own proposal hands it in today.
     */
    LocalDate receivedOn(LocalDate given, boolean onBehalf) {
        LocalDate today = LocalDate.now(clock);
        if (given == null) {
            return today;
        }
        var errors = new FieldErrors.Collector();
        if (!onBehalf && !given.equals(today)) {
            errors.add("receivedOn", "本人提交的提案以提交当天为收到日期，不能另选日期");
        } else {
            ReceivedDates.refusal(given, today, organization.currentTerm().map(TermView::startDate).orElse(null))
                    .ifPresent(why -> errors.add("receivedOn", why));
        }
        errors.throwIfAny();
        return given;
    }

    void check(CurrentUser user, ProposalDraft d, Long lead, boolean complete) {
        var errors = new FieldErrors.Collector();
        int max = settings.value(user.committeeId(), SettingKey.PROPOSAL_BODY_MAX_CHARS);
        if (Text.isBlank(d.title())) {
            errors.add("title", "请填写案由");
        } else if (d.title().strip().length() > 200) {
            errors.add("title", "案由不能超过200个字");
        }
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY, d.category())) {
            errors.add("category", "请选择提案分类");
        }
        int length = len(d.body()) + len(d.situation()) + len(d.analysis()) + len(d.suggestions());
        if (length > max) {
            errors.add("body", "正文共" + length + "字，超过" + max + "字的上限");
        }
        if (complete && length == 0) {
            errors.add("body", "请填写提案正文（或情况、分析、建议三部分）");
        }
        if (complete && !Text.isBlank(d.situation()) && Text.isBlank(d.suggestions())) {
            errors.add("suggestions", "分部分撰写时须有具体建议");
        }
        var kind = d.kind() == null ? ProposalKind.INDIVIDUAL : d.kind();
        if (kind == ProposalKind.COLLECTIVE) {
            checkCollective(user, d.collectiveUnitId(), errors);
        } else if (lead == null) {
            errors.add("leadMemberId", "请选择第一提案人");
        } else if (!lead.equals(user.memberId()) && members.find(lead).isEmpty()) { // a member's own record exists
            errors.add("leadMemberId", "所选委员不存在");
        }
        checkCosigners(d, kind, lead, errors);
        errors.throwIfAny();
    }

    /** Co-signers named on the draft: active members of the committee, not the lead; a collective proposal has none. */
    private void checkCosigners(ProposalDraft d, ProposalKind kind, Long lead, FieldErrors.Collector errors) {
        if (d.cosigners().isEmpty()) {
            return;
        }
        if (kind == ProposalKind.COLLECTIVE) {
            errors.add("cosignerIds", "集体提案不邀请联名");
            return;
        }
        for (Long id : d.cosigners()) {
            MemberView m = members.find(id).orElse(null);
            if (m == null) {
                errors.add("cosignerIds", "所选联名委员不存在");
            } else if (m.status() != MemberStatus.ACTIVE) {
                errors.add("cosignerIds", m.name() + "已离任，不能邀请联名");
            } else if (id.equals(lead)) {
                errors.add("cosignerIds", "不能邀请第一提案人本人联名");
            }
        }
    }

    /** A collective proposal is in the name of a party, group, sector or special committee: staff, or its own member. */
    private void checkCollective(CurrentUser user, Long unitId, FieldErrors.Collector errors) {
        Map<Long, OrgUnit> allowed = new HashMap<>();
        for (OrgUnitKind k : List.of(OrgUnitKind.PARTY, OrgUnitKind.GROUP, OrgUnitKind.NON_PARTY, OrgUnitKind.SECTOR,
                OrgUnitKind.SPECIAL_COMMITTEE)) {
            organization.units(k).forEach(u -> allowed.put(u.id(), u));
        }
        if (unitId == null || !allowed.containsKey(unitId)) {
            errors.add("collectiveUnitId", "请选择提出集体提案的党派、团体、界别或专委会");
            return;
        }
        if (!user.isOffice()) {
            MemberView me = user.memberId() == null ? null : members.find(user.memberId()).orElse(null);
            boolean own = me != null && (unitId.equals(me.affiliationId()) || unitId.equals(me.sectorId())
                    || unitId.equals(me.specialCommitteeId()));
            if (!own) {
                errors.add("collectiveUnitId", "只能以本人所在党派、界别或专委会的名义提出集体提案");
            }
        }
    }

    private static int len(String s) {
        return s == null ? 0 : s.strip().length();
    }
}
