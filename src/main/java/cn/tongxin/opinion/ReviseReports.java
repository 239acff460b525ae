package cn.tongxin.opinion;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.timeline.Timeline;

/** The submitter's own steps: revise a returned report and send it again (重新报送), or withdraw it (撤回). */
@Service
@Transactional
public class ReviseReports {

    private final OpinionReports reports;
    private final CurrentUsers currentUsers;
    private final ReportChecks checks;
    private final Timeline timeline;
    private final Clock clock;

    ReviseReports(OpinionReports reports, CurrentUsers currentUsers, ReportChecks checks, Timeline timeline, Clock clock) {
        this.reports = reports;
        this.currentUsers = currentUsers;
        this.checks = checks;
        this.timeline = timeline;
        this.clock = clock;
    }

    public void resubmit(long id, String title, String body, int version) {
        CurrentUser user = currentUsers.get();
        OpinionReport r = own(user, id);
        OpinionWorkflow.TABLE.require(r.status(), OpinionWorkflow.Action.RESUBMIT);
        if (r.version() != version) {
            throw BusinessException.conflict("该信息已被修改，请刷新后重试");
        }
        checks.validate(user, new ReportForm(null, title, body, r.category(), null, null, null));
        var step = r.resubmit(OpinionWorkflow.parties(user, r.submitterAccountId()), title.strip(), body.strip(), clock);
        reports.save(r);
        timeline.record(user.committeeId(), SubmitReports.SUBJECT, id, "重新报送", step.from().label(), step.to().label(), null);
    }

    public void withdraw(long id) {
        CurrentUser user = currentUsers.get();
        OpinionReport r = own(user, id);
        var step = r.withdraw(OpinionWorkflow.parties(user, r.submitterAccountId()));
        reports.save(r);
        timeline.record(user.committeeId(), SubmitReports.SUBJECT, id, "撤回", step.from().label(), step.to().label(), null);
    }

    private OpinionReport own(CurrentUser user, long id) {
        OpinionReport r = reports.findByIdAndCommitteeId(id, user.committeeId())
                .orElseThrow(() -> BusinessException.notFound("社情民意信息"));
        if (r.submitterAccountId() != user.id()) {
            throw user.isOffice() ? BusinessException.forbidden("只有报送人可以修改或撤回") : BusinessException.notFound("社情民意信息");
        }
        return r;
    }
}
