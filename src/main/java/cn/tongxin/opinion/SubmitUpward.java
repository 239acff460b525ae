package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.opinion.internal.UpwardLinks;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline;

/**
 * 报送上级: a lower committee's office sends a report it has taken up to its upper committee (the parent), where it
 * arrives in the intake as a new report from the lower committee, linked both ways. What the upper committee does
 * with it comes back through {@link UpwardOutcomes}.
 */
@Service
@Transactional
public class SubmitUpward {

    static final SubjectType SUBJECT = SubjectType.OPINION_REPORT;
    /** A report the lower office has taken up (采编 or beyond) may go up; not one still in triage or turned down. */
    /** An output carries no category of its own: the upper office classifies it in triage. */
    private static final String OUTPUT_CATEGORY = "OTHER";
    private static final Set<OpinionStatus> SENDABLE = EnumSet.of(OpinionStatus.ACCEPTED, OpinionStatus.EDITED, OpinionStatus.ISSUED);

    private final OpinionReports reports;
    private final UpwardLinks links;
    private final Organization organization;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmitUpward(OpinionReports reports, UpwardLinks links, Organization organization, CurrentUsers currentUsers, Timeline timeline,
                 ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.links = links;
        this.organization = organization;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the id of the report in the upper committee's intake. */
    public long submit(long reportId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        OpinionReport report = reports.findByIdAndCommitteeId(reportId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("社情民意信息"));
        CommitteeView upper = upper(staff.committeeId())
                .orElseThrow(() -> BusinessException.invalid("本会没有上级政协，无法报送上级"));
        if (!SENDABLE.contains(report.status())) {
            throw BusinessException.conflict("信息采编后才能报送上级政协");
        }
        if (links.of(staff.committeeId(), reportId).isPresent()) {
            throw BusinessException.conflict("该信息已报送上级政协");
        }
        String from = organization.committee(staff.committeeId()).map(CommitteeView::name).orElse("下级政协");
        List<OpinionReport.Author> authors = report.authors().stream()
                .map(a -> new OpinionReport.Author(null, null, a.name())).toList();
        LocalDate today = LocalDate.now(clock);
        var copy = reports.save(OpinionReport.submit(reports.nextId(), new OpinionReport.Draft(upper.id(), "upward-" + reportId,
                report.title(), report.body(), report.category(), OpinionSource.LOWER_COMMITTEE, null, staff.id(), true, null,
                authors.isEmpty() ? List.of(new OpinionReport.Author(null, null, from)) : authors), clock));
        links.add(staff.committeeId(), reportId, upper.id(), copy.id(), today, staff.username());
        timeline.record(staff.committeeId(), SUBJECT, reportId, "报送上级政协", null, null, "报送" + upper.name());
        timeline.record(upper.id(), SUBJECT, copy.id(), "收到下级政协报送", null, OpinionStatus.SUBMITTED.label(), from + "报送");
        events.publishEvent(new OpinionEvents.ReportSubmittedUpward(reportId, staff.committeeId(), upper.id(), copy.id(), today));
        return copy.id();
    }

    /** The link of a report of {@code committeeId}, from whichever side it is on. */
    @Transactional(readOnly = true)
    public Optional<UpwardLink> linkOf(long committeeId, long reportId) {
        return links.of(committeeId, reportId).map(r -> link(r, committeeId));
    }

    /** The link of an activity output of the current user's committee that went up. */
    @Transactional(readOnly = true)
    public Optional<UpwardLink> linkOfOutput(long committeeId, long outputId) {
        return links.ofOutput(committeeId, outputId).map(r -> link(r, committeeId));
    }

    /** 报送上级 figures of the committee's activity outputs in a period: 报送上级政协, 上级政协采用, 获批示. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> outputFigures(long committeeId, LocalDate from, LocalDate to) {
        var row = links.counts(committeeId, from, to, true);
        var figures = new java.util.LinkedHashMap<String, Long>();
        figures.put("报送上级政协", ((Number) row.get("submitted")).longValue());
        figures.put("上级政协采用", ((Number) row.get("adopted")).longValue());
        figures.put("上级政协批示", ((Number) row.get("instructed")).longValue());
        return figures;
    }

    /**
     * 报送上级 of an activity output (调研报告, 协商成果 …): called by the activity module in its office's step, it enters
     * the upper committee's intake as a report from the lower committee. Returns the id of that report.
     */
    public long submitOutput(long outputId, String kindLabel, String title, String text, List<String> authorNames) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        CommitteeView upper = upper(staff.committeeId())
                .orElseThrow(() -> BusinessException.invalid("本会没有上级政协，无法报送上级"));
        if (links.ofOutput(staff.committeeId(), outputId).isPresent()) {
            throw BusinessException.conflict("该成果已报送上级政协");
        }
        String from = organization.committee(staff.committeeId()).map(CommitteeView::name).orElse("下级政协");
        List<OpinionReport.Author> authors = authorNames.stream().map(n -> new OpinionReport.Author(null, null, n)).toList();
        LocalDate today = LocalDate.now(clock);
        var copy = reports.save(OpinionReport.submit(reports.nextId(), new OpinionReport.Draft(upper.id(), "upward-output-" + outputId,
                title, text == null || text.isBlank() ? title : text, OUTPUT_CATEGORY, OpinionSource.LOWER_COMMITTEE, null, staff.id(), true,
                null, authors.isEmpty() ? List.of(new OpinionReport.Author(null, null, from)) : authors), clock));
        links.addOutput(staff.committeeId(), outputId, kindLabel, upper.id(), copy.id(), today, staff.username());
        events.publishEvent(new OpinionEvents.OutputSubmittedUpward(outputId, staff.committeeId(), upper.id(), copy.id(), today));
        timeline.record(upper.id(), SUBJECT, copy.id(), "收到下级政协报送", null, OpinionStatus.SUBMITTED.label(),
                from + "报送" + kindLabel);
        return copy.id();
    }

    private static UpwardLink link(UpwardLinks.Row r, long committeeId) {
        return new UpwardLink(r.committeeId() == committeeId, r.committeeId(), r.committeeName(), r.reportId(), r.outputId(),
                r.outputKind(), r.upperCommitteeId(), r.upperCommitteeName(), r.upperReportId(), r.submittedOn(), r.adoptionLevel(),
                r.adoptedOn(), r.instructionLeader(), r.instructedOn());
    }

    /** Whether the office is offered 报送上级 on this report now. */
    @Transactional(readOnly = true)
    public boolean offered(CurrentUser user, ReportView report, Optional<UpwardLink> link) {
        return user.isOffice() && SENDABLE.contains(report.status()) && link.isEmpty() && upper(user.committeeId()).isPresent();
    }

    private Optional<CommitteeView> upper(long committeeId) {
        return organization.committee(committeeId).map(CommitteeView::parentId).flatMap(organization::committee);
    }
}
