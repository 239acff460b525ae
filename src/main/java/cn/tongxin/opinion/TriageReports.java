package cn.tongxin.opinion;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.Members;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.shared.TransitionTable.Transition;
import cn.tongxin.timeline.Timeline;

/** Staff triage reports: 采编 / 存档 / 退回 / 转提案线索. */
@Service
@Transactional
public class TriageReports {

    private final OpinionReports reports;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Timeline timeline;
    private final Clock clock;

    TriageReports(OpinionReports reports, CurrentUsers currentUsers, Members members, Timeline timeline, Clock clock) {
        this.reports = reports;
        this.currentUsers = currentUsers;
        this.members = members;
        this.timeline = timeline;
        this.clock = clock;
    }

    public void accept(long id, String note) {
        String n = Text.trimToNull(note);
        step(id, "采编", n, (as, r) -> r.accept(as, n, clock));
    }

    public void archive(long id, String note) {
        String n = Text.trimToNull(note);
        step(id, "存档", n, (as, r) -> r.archive(as, n, clock));
    }

    public void returnToAuthor(long id, String reason) {
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写退回理由");
        }
        String n = Text.trimToNull(reason);
        step(id, "退回", n, (as, r) -> r.returnToAuthor(as, n, clock));
    }

    /** 转提案线索: the matter suits a proposal better; a member is given it as an idea. */
    public void passAsProposalClue(long id, Long memberId, String note) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        var member = memberId == null ? null : members.find(memberId).orElse(null);
        if (member == null) {
            throw BusinessException.invalid("请选择接收提案线索的委员");
        }
        String n = Text.trimToNull(note);
        step(id, "转提案线索", member.name() + (n == null ? "" : "：" + note.strip()), (as, r) -> r.passAsClue(as, memberId, n, clock));
    }

    /** One triage step on the locked report, for someone acting as {@code as}. */
    private interface Step {
        Transition<OpinionStatus, OpinionWorkflow.Action, OpinionWorkflow.Party> take(Set<OpinionWorkflow.Party> as, OpinionReport report);
    }

    private void step(long id, String action, String comment, Step take) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        OpinionReport r = reports.findByIdAndCommitteeId(id, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("社情民意信息"));
        var step = take.take(OpinionWorkflow.parties(staff, r.submitterAccountId()), r);
        reports.save(r);
        timeline.record(staff.committeeId(), SubmitReports.SUBJECT, id, action, step.from().label(), step.to().label(), comment);
    }
}
