package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.RequestKeys;
import cn.tongxin.shared.ReceivedDates;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Members, correspondents, parties and groups, units' liaison officers (and staff on their behalf) submit reports. */
@Service
@Transactional
public class SubmitReports {

    static final SubjectType SUBJECT = SubjectType.OPINION_REPORT;
    private final OpinionReports reports;
    private final CurrentUsers currentUsers;
    private final ReportChecks checks;
    private final Members members;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Clock clock;
    private final AuditLog audit;
    private final RequestKeys requestKeys;

    SubmitReports(OpinionReports reports, CurrentUsers currentUsers, ReportChecks checks, Members members, Attachments attachments,
                  Timeline timeline, Clock clock, AuditLog audit, RequestKeys requestKeys) {
        this.requestKeys = requestKeys;
        this.audit = audit;
        this.reports = reports;
        this.currentUsers = currentUsers;
        this.checks = checks;
        this.members = members;
        this.attachments = attachments;
        this.timeline = timeline;
        this.clock = clock;
    }

    public long submit(ReportForm form, List<Upload> files) {
        CurrentUser user = currentUsers.require(Role.MEMBER, Role.CORRESPONDENT, Role.UNIT, Role.ADMIN, Role.STAFF);
        String key = Text.trimToNull(form.requestKey());
        if (key == null || key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        var request = new RequestKeys.Request(user.committeeId(), SUBJECT, key, user.username(), RequestKeys.fingerprint(form, files));
        return requestKeys.once(request, () -> submitOnce(user, key, form, files));
    }

    private long submitOnce(CurrentUser user, String key, ReportForm form, List<Upload> files) {
        var existing = reports.findByCommitteeIdAndRequestKey(user.committeeId(), key);
        if (existing.isPresent()) {
            // a key used before request keys were recorded
            if (existing.get().submitterAccountId() != user.id()) {
                throw BusinessException.conflict("表单已被使用，请刷新页面后重新填写");
            }
            return existing.get().id();
        }
        checks.validate(user, form);
        LocalDate day = checks.receivedOn(user, form.receivedOn());
        boolean onBehalf = user.isOffice() && form.memberId() != null;
        MemberView member = onBehalf ? members.find(form.memberId()).orElseThrow()
                : user.has(Role.MEMBER) && user.memberId() != null ? members.find(user.memberId()).orElse(null) : null;
        OpinionSource source = user.has(Role.CORRESPONDENT) ? OpinionSource.CORRESPONDENT
                : form.sourceUnitId() != null ? checks.unitSource(form.sourceUnitId())
                : member != null ? OpinionSource.MEMBER
                : user.has(Role.UNIT) ? OpinionSource.UNIT : OpinionSource.STAFF;
        List<OpinionReport.Author> authors = new ArrayList<>();
        authors.add(member != null ? new OpinionReport.Author(member.id(), onBehalf ? null : user.id(), member.name())
                : new OpinionReport.Author(null, user.id(), user.displayName()));
        if (form.coAuthorIds() != null) {
            for (Long coAuthor : form.coAuthorIds().stream().distinct().toList()) {
                if (member != null && coAuthor.equals(member.id())) {
                    continue;
                }
                MemberView m = members.find(coAuthor).orElseThrow(() -> BusinessException.invalid("所选联名作者不存在"));
                authors.add(new OpinionReport.Author(m.id(), null, m.name()));
            }
        }
        var report = reports.save(OpinionReport.submit(reports.nextId(), new OpinionReport.Draft(user.committeeId(), key,
                form.title().strip(), form.body().strip(), form.category(), source, form.sourceUnitId(), user.id(), onBehalf, null,
                authors), day, ReceivedDates.moment(day, clock), Instant.now(clock)));
        if (files != null) {
            for (Upload file : files) {
                if (!file.isEmpty()) {
                    attachments.store(user.committeeId(), SUBJECT, report.id(), file);
                }
            }
        }
        boolean late = !day.equals(LocalDate.now(clock));
        timeline.record(user.committeeId(), SUBJECT, report.id(), "报送", null, OpinionStatus.SUBMITTED.label(),
                (onBehalf ? "工作人员代为录入" : source.label()) + (late ? "，收到日期 " + day : ""));
        if (user.isOffice()) {
            audit.record(user.committeeId(), onBehalf ? "代为录入社情民意信息" : "录入社情民意信息", SUBJECT.name(), report.id(),
                    "收到日期 " + day + "，录入于 " + LocalDate.now(clock));
        }
        return report.id();
    }
}
