package cn.tongxin.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.proposal.internal.Cosigners;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalCalendar;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;

/** 联名: the lead invites members, each confirms or declines before the co-sign deadline. */
@Service
@Transactional
public class CoSigning {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final ProposalAccess access;
    private final Cosigners cosigners;
    private final Members members;
    private final ProposalCalendar calendar;
    private final ProposalJournal journal;

    private final ApplicationEventPublisher events;

    CoSigning(CurrentUsers currentUsers, Proposals proposals, ProposalAccess access, Cosigners cosigners, Members members,
              ProposalCalendar calendar, ProposalJournal journal, ApplicationEventPublisher events) {
        this.events = events;
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.access = access;
        this.cosigners = cosigners;
        this.members = members;
        this.calendar = calendar;
        this.journal = journal;
    }

    /** The lead invites members to co-sign; each has until the co-sign deadline to confirm. */
    public void invite(long id, List<Long> memberIds) {
        invite(currentUsers.get(), id, memberIds);
    }

    /** The invitations of a draft's co-signers named on the drafting form, when it is saved (same checks, same notices). */
    public void inviteOnSave(CurrentUser user, long id, List<Long> memberIds) {
        if (memberIds != null && !memberIds.isEmpty()) {
            invite(user, id, memberIds);
        }
    }

    private void invite(CurrentUser user, long id, List<Long> memberIds) {
        Proposal p = access.lockForProposer(user, id, "只有第一提案人可以修改提案");
        Instant now = calendar.now();
        p.inviteCosigners(now);
        if (memberIds == null || memberIds.isEmpty()) {
            throw BusinessException.invalid("请选择邀请联名的委员");
        }
        Instant due = calendar.cosignDue(user.committeeId(), now);
        Set<Long> invited = new java.util.LinkedHashSet<>();
        for (Long memberId : Set.copyOf(memberIds)) {
            MemberView m = members.find(memberId).orElseThrow(() -> BusinessException.invalid("所选委员不存在"));
            if (m.status() != MemberStatus.ACTIVE) {
                throw BusinessException.invalid(m.name() + "已离任，不能邀请联名");
            }
            if (memberId.equals(p.leadMemberId())) {
                throw BusinessException.invalid("不能邀请第一提案人本人联名");
            }
            if (cosigners.invite(id, memberId, now, due)) {
                invited.add(memberId);
                journal.tellMember(user.committeeId(), memberId, id, "联名邀请：" + p.title(),
                        "请于 " + calendar.toDate(due) + " 前确认是否联名");
                journal.record(user.committeeId(), id, "邀请联名", null, null, m.name());
            }
        }
        p.cosignersInvited(invited, now);
        proposals.save(p);
    }

    /** An invited member confirms or declines; only confirmations before the deadline count. */
    public void respond(long id, boolean confirm) {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        // the answer changes the invitation's row, not the proposal's: co-signers answering at once do not wait for each other
        Proposal p = proposals.share(user.committeeId(), id);
        var invitation = cosigners.lockInvitation(id, user.memberId())
                .orElseThrow(() -> BusinessException.notFound("联名邀请"));
        if (!invitation.open()) {
            throw BusinessException.conflict("您已答复过该联名邀请");
        }
        Instant now = calendar.now();
        if (now.isAfter(invitation.dueAt())) {
            throw BusinessException.conflict("联名确认已截止，不能再确认");
        }
        var fact = p.acceptCosignAnswer(user.memberId(), confirm, now);
        cosigners.answer(id, user.memberId(), confirm, now);
        fact.ifPresent(events::publishEvent);
        journal.record(user.committeeId(), id, confirm ? "确认联名" : "谢绝联名", null, null, user.displayName());
    }
}
