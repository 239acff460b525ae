package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.opinion.internal.ReportRows;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.timeline.Timeline;

/** The report list and a report's page, each within what the user may see, with the steps the user is offered. */
@Service
@Transactional(readOnly = true)
public class OpinionQueries {

    private final ReportRows rows;
    private final OpinionAccess access;
    private final BulletinQueries items;
    private final CurrentUsers currentUsers;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Clock clock;
    private final CommitteeAccess committees;
    private final SubmitUpward upward;

    OpinionQueries(ReportRows rows, OpinionAccess access, BulletinQueries items, CurrentUsers currentUsers, Attachments attachments,
                   Timeline timeline, Clock clock, CommitteeAccess committees, SubmitUpward upward) {
        this.upward = upward;
        this.committees = committees;
        this.rows = rows;
        this.access = access;
        this.items = items;
        this.currentUsers = currentUsers;
        this.attachments = attachments;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** {@code received}: only the reports the figures count as received (withdrawn ones aside), as the desk's figure counts. */
    public record Criteria(String keyword, OpinionStatus status, OpinionSource source, Integer year, Boolean mine, Boolean received) {

        public Criteria(String keyword, OpinionStatus status, OpinionSource source, Integer year, Boolean mine) {
            this(keyword, status, source, year, mine, null);
        }
    }

    public PageResult<ReportSummary> list(Criteria c, PageQuery page) {
        return list(c, page, null);
    }

    /** The list of {@code committeeId}'s reports: the user's own committee, or a lower one that granted access (read-only). */
    public PageResult<ReportSummary> list(Criteria c, PageQuery page, Long committeeId) {
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        var zone = clock.getZone();
        var filter = new ReportRows.Filter(c.keyword(), c.status(), c.source(),
                c.year() == null ? null : LocalDate.of(c.year(), 1, 1).atStartOfDay(zone).toInstant(),
                c.year() == null ? null : LocalDate.of(c.year() + 1, 1, 1).atStartOfDay(zone).toInstant(), Boolean.TRUE.equals(c.mine()),
                Boolean.TRUE.equals(c.received()));
        return rows.list(OpinionAccess.reader(user), filter, page);
    }

    /**
     * {@code actions}: the steps this user is offered on this report, from {@link OpinionWorkflow#TABLE};
     * {@code upward}: its 报送上级 link, from either side; {@code upwardOffered}: whether 报送上级 is offered now;
     * {@code imported}: brought in by history import, read-only — no step is offered on it (ADR 009).
     */
    public record ReportPage(ReportView report, List<AttachmentInfo> attachments, BulletinQueries.ItemView item,
                             List<Timeline.TimelineEntry> timeline, List<OpinionWorkflow.Action> actions, UpwardLink upward,
                             boolean upwardOffered, boolean imported) {
    }

    public ReportPage page(long id) {
        return page(id, null);
    }

    /** A report of {@code committeeId} (the user's own when null); read-only, with no step offered, in a lower committee. */
    public ReportPage page(long id, Long committeeId) {
        CurrentUser me = currentUsers.get();
        CurrentUser user = committees.reader(me, committeeId);
        ReportView report = rows.view(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("社情民意信息"));
        if (!access.canView(user, report)) {
            throw BusinessException.notFound("社情民意信息");
        }
        var item = report.itemId() == null ? null : items.item(user, report.itemId());
        boolean imported = rows.imported(user.committeeId(), id);
        boolean readOnly = imported || CommitteeAccess.readingAcross(user, me);
        var upward = this.upward.linkOf(user.committeeId(), id);
        return new ReportPage(report, attachments.list(user.committeeId(), SubmitReports.SUBJECT, id), item,
                timeline.of(user.committeeId(), SubmitReports.SUBJECT, id),
                readOnly ? List.of() : ReportActions.offered(user, report.submitterAccountId(), report.status()), upward.orElse(null),
                !readOnly && this.upward.offered(user, report, upward), imported);
    }
}
