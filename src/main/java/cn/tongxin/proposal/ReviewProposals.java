package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.ProposalNumbering;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** 审查 by the proposals office: 立案 (numbered), 不予立案, 并案, 退回修改; optionally 初审 before 复审. */
@Service
@Transactional
public class ReviewProposals {

    public enum Conversion { OPINION_REPORT, LETTER }

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final CommitteeSettings settings;
    private final Dictionaries dictionaries;
    private final ProposalNumbering numbering;
    private final ProposalJournal journal;
    private final Clock clock;

    ReviewProposals(CurrentUsers currentUsers, Proposals proposals, CommitteeSettings settings, Dictionaries dictionaries,
                    ProposalNumbering numbering, ProposalJournal journal, Clock clock) {
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.settings = settings;
        this.dictionaries = dictionaries;
        this.numbering = numbering;
        this.journal = journal;
        this.clock = clock;
    }

    public void preApprove(long id, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        boolean twoStep = settings.enabled(staff.committeeId(), SettingKey.TWO_STEP_REVIEW);
        if (!twoStep) {
            throw BusinessException.conflict("本会未启用两级审查，请直接审查");
        }
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        p.preApprove(note, twoStep, Instant.now(clock));
        proposals.save(p);
        record(staff, p, from, "初审通过", note);
    }

    /** 立案: the next number of the session, gap-free and unique even when several staff file at once. */
    public String file(long id, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        boolean twoStep = settings.enabled(staff.committeeId(), SettingKey.TWO_STEP_REVIEW);
        ProposalWorkflow.TABLE.require(from, ProposalAction.FILE);
        if (!new ProposalWorkflow.Conditions(twoStep, false, false, false).permit(ProposalAction.FILE, from)) {
            throw BusinessException.conflict("本会实行两级审查，须先初审通过再立案");
        }
        var number = numbering.next(staff.committeeId(), p.sessionId(), p.sessionProposal());
        p.file(number.value(), number.text(), note, twoStep, proposals.confirmedCosigners(id), Instant.now(clock));
        proposals.save(p);
        record(staff, p, from, "立案", number.text() + (Text.isBlank(note) ? "" : "；" + note.strip()));
        journal.tellProposers(staff.committeeId(), id, "提案已立案：" + p.title(), number.text());
        return number.text();
    }

    /** 不予立案 with a reason from the dictionary; the proposer always sees the reason. */
    public void reject(long id, String reason, String note, Conversion conversion) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        ProposalWorkflow.TABLE.require(from, ProposalAction.REJECT);
        var label = dictionaries.label(staff.committeeId(), DictionaryKind.NOT_FILED_REASON, reason)
                .orElseThrow(() -> BusinessException.invalid("请选择不予立案的理由"));
        p.reject(reason, note, conversion == null ? null : conversion.name(), conversion == Conversion.OPINION_REPORT,
                proposals.leadMemberName(id).orElse(null), staff.id(), Instant.now(clock));
        proposals.save(p);
        String converted = conversion == null ? "" : conversion == Conversion.OPINION_REPORT ? "；转为社情民意信息" : "；转委员来信";
        record(staff, p, from, "不予立案", label + (Text.isBlank(note) ? "" : "。" + note.strip()) + converted);
        journal.tellProposers(staff.committeeId(), id, "提案不予立案：" + p.title(), "理由：" + label + converted);
    }

    /** 并案 into another filed proposal: handled once, every proposer rates and gets the reply. */
    public void merge(long id, long targetId, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (id == targetId) {
            throw BusinessException.invalid("不能并入提案本身");
        }
        Proposal target = proposals.lock(staff.committeeId(), targetId);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        p.mergeInto(target, note, Instant.now(clock));
        proposals.save(p);
        record(staff, p, from, "并案", "并入" + target.numberText() + "《" + target.title() + "》");
        journal.record(staff.committeeId(), targetId, "并入提案", null, null, "《" + p.title() + "》");
        journal.tellProposers(staff.committeeId(), id, "提案已并案办理：" + p.title(),
                "并入" + target.numberText() + "，答复时您将一并收到");
    }

    public void returnForRevision(long id, String comments) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        p.returnForRevision(comments, Instant.now(clock));
        proposals.save(p);
        record(staff, p, from, "退回修改", comments.strip());
        journal.tellProposers(staff.committeeId(), id, "提案退回修改：" + p.title(), comments.strip());
    }

    private void record(CurrentUser staff, Proposal p, ProposalStatus from, String action, String comment) {
        journal.record(staff.committeeId(), p.getId(), action, from.label(), p.status().label(), comment);
    }
}
