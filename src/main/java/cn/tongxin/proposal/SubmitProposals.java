package cn.tongxin.proposal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalCalendar;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.ReceivedDates;

/** The proposer side hands a complete proposal in for review (placed in its session), or withdraws it. */
@Service
@Transactional
public class SubmitProposals {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final DraftRules rules;
    private final ProposalCalendar calendar;
    private final ProposalJournal journal;
    private final AuditLog audit;

    SubmitProposals(CurrentUsers currentUsers, Proposals proposals, DraftRules rules, ProposalCalendar calendar,
                    ProposalJournal journal, AuditLog audit) {
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.rules = rules;
        this.calendar = calendar;
        this.journal = journal;
    }

    public void submit(long id) {
        CurrentUser user = currentUsers.get();
        Proposal p = proposals.lock(user.committeeId(), id);
        var as = ProposalAccess.parties(user, p);
        ProposalStatus from = p.status();
        var step = ProposalWorkflow.TABLE.require(from, ProposalAction.SUBMIT);
        if (!as.contains(ProposalWorkflow.Party.PROPOSER)) {
            throw BusinessException.forbidden("只有第一提案人（或代为录入的工作人员）可以提交");
        }
        rules.check(user, p.asDraft(), p.leadMemberId(), true);
        Set<Long> coSigners = proposals.confirmedCosigners(id);
        if (p.kind() == ProposalKind.JOINT && coSigners.isEmpty()) {
            throw BusinessException.conflict("联名提案至少需要一位委员确认联名；也可改为个人提案后提交");
        }
        // staff give the day a proposal entered on a member's behalf was received; it is placed and counted by that day
        LocalDate day = rules.receivedOn(p.onBehalf() ? p.receivedOn() : null, p.onBehalf());
        var placement = calendar.place(user.committeeId(), day);
        p.submit(as, placement.session().id(), placement.sessionProposal(), coSigners, day,
                ReceivedDates.moment(day, calendar.clock()), calendar.now());
        proposals.save(p);
        boolean late = !day.equals(calendar.toDate(calendar.now()));
        journal.record(user.committeeId(), id, "提交", from.label(), step.to().label(),
                placement.session().name() + (placement.sessionProposal() ? "大会提案" : "平时提案")
                        + (late ? "，收到日期 " + day : ""));
        if (p.onBehalf()) {
            audit.record(user.committeeId(), "提交代为录入的提案", ProposalAccess.SUBJECT.name(), id,
                    "收到日期 " + day + "，录入于 " + calendar.toDate(calendar.now()) + "，" + placement.session().name());
        }
        journal.tellStaff(user.committeeId(), id, "新提案待审查：" + p.title());
    }

    public void withdraw(long id) {
        CurrentUser user = currentUsers.get();
        Proposal p = proposals.lock(user.committeeId(), id);
        ProposalStatus from = p.status();
        p.withdraw(ProposalAccess.parties(user, p), calendar.now());
        proposals.save(p);
        journal.record(user.committeeId(), id, "撤回", from.label(), p.status().label(), null);
    }
}
