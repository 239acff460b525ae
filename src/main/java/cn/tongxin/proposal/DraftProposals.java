package cn.tongxin.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalCalendar;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.RequestKeys;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/** A member (or staff on their behalf) drafts a proposal and revises it until it is submitted. */
@Service
@Transactional
public class DraftProposals {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final ProposalAccess access;
    private final DraftRules rules;
    private final Attachments attachments;
    private final ProposalJournal journal;
    private final ProposalCalendar calendar;
    private final AuditLog audit;
    private final RequestKeys requestKeys;
    private final ApplicationEventPublisher events;
    private final CoSigning coSigning;

    DraftProposals(CurrentUsers currentUsers, Proposals proposals, ProposalAccess access, DraftRules rules,
                   Attachments attachments, ProposalJournal journal, ProposalCalendar calendar, AuditLog audit,
                   RequestKeys requestKeys, ApplicationEventPublisher events, CoSigning coSigning) {
        this.coSigning = coSigning;
        this.requestKeys = requestKeys;
        this.events = events;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.access = access;
        this.rules = rules;
        this.attachments = attachments;
        this.journal = journal;
        this.calendar = calendar;
    }

    /** Creates a draft; the same form sent twice (same request key) creates it once. */
    public long create(ProposalDraft draft, List<Upload> files) {
        CurrentUser user = currentUsers.require(Role.MEMBER, Role.ADMIN, Role.STAFF);
        String key = Text.trimToNull(draft.requestKey());
        if (key == null || key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        var request = new RequestKeys.Request(user.committeeId(), SubjectType.PROPOSAL, key, user.username(),
                RequestKeys.fingerprint(draft, files));
        return requestKeys.once(request, () -> createOnce(user, key, draft, files));
    }

    private long createOnce(CurrentUser user, String key, ProposalDraft draft, List<Upload> files) {
        var existing = proposals.findByCommitteeIdAndRequestKey(user.committeeId(), key);
        if (existing.isPresent()) {
            // a key used before request keys were recorded
            if (!existing.get().enteredBy().equals(user.username())) {
                throw BusinessException.conflict("表单已被使用，请刷新页面后重新填写");
            }
            return existing.get().getId();
        }
        boolean onBehalf = !user.has(Role.MEMBER) || (draft.leadMemberId() != null && !draft.leadMemberId().equals(user.memberId()));
        if (onBehalf && !user.isOffice()) {
            throw BusinessException.forbidden("只有工作人员可以代委员录入提案");
        }
        Long lead = onBehalf ? draft.leadMemberId() : user.memberId();
        rules.check(user, draft, lead, false);
        rules.receivedOn(draft.receivedOn(), onBehalf);
        long id = proposals.save(Proposal.draft(user.committeeId(), key, draft, lead, user.username(), onBehalf, calendar.now()))
                .getId();
        store(user, id, files);
        journal.record(user.committeeId(), id, "起草", null, ProposalStatus.DRAFT.label(), onBehalf ? "工作人员代为录入" : null);
        events.publishEvent(new ProposalEvents.Drafted(user.committeeId(), id));
        coSigning.inviteOnSave(user, id, draft.cosigners());
        if (onBehalf) {
            audit.record(user.committeeId(), "代为录入提案", ProposalAccess.SUBJECT.name(), id, entered(draft));
        }
        return id;
    }

    public void update(long id, ProposalDraft draft, int version, List<Upload> files) {
        CurrentUser user = currentUsers.get();
        Proposal p = access.lockForProposer(user, id, "只有第一提案人可以修改提案");
        p.requireEditable();
        if (p.version() != version) {
            throw BusinessException.conflict("该提案已被修改，请刷新后重试");
        }
        rules.check(user, draft, p.leadMemberId(), false);
        LocalDate before = p.receivedOn();
        if (user.isOffice()) {
            rules.receivedOn(draft.receivedOn(), p.onBehalf());
        } else if (draft.receivedOn() != null && !draft.receivedOn().equals(before)) {
            throw BusinessException.invalid("只有工作人员代为录入时可以填写收到日期");
        }
        // the lead member revising a draft staff entered keeps the date staff gave
        p.revise(user.isOffice() ? draft : draft.receivedOn(before), calendar.now());
        proposals.save(p);
        store(user, id, files);
        journal.record(user.committeeId(), id, "修改", null, null, null);
        events.publishEvent(new ProposalEvents.Drafted(user.committeeId(), id));
        coSigning.inviteOnSave(user, id, draft.cosigners());
        if (p.onBehalf() && !Objects.equals(before, p.receivedOn())) {
            audit.record(user.committeeId(), "修改提案收到日期", ProposalAccess.SUBJECT.name(), id,
                    (before == null ? "当天" : before) + " → " + entered(draft));
        }
    }

    private String entered(ProposalDraft draft) {
        return "收到日期 " + (draft.receivedOn() == null ? "当天" : draft.receivedOn()) + "，录入于 " + calendar.toDate(calendar.now());
    }

    private void store(CurrentUser user, long id, List<Upload> files) {
        if (files == null) {
            return;
        }
        for (Upload file : files) {
            if (!file.isEmpty()) {
                attachments.store(user.committeeId(), SubjectType.PROPOSAL, id, file);
            }
        }
    }
}
