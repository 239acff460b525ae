package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.shared.ReceivedDates;
import cn.tongxin.timeline.Timeline;

/**
 * Reports that arrive converted from another subject (a proposal not filed, later a micro-suggestion): created once
 * per source, submitted on the member's behalf by the staff who converted it. Listeners of other modules' events
 * call {@link #receive}.
 */
@Component
class ConvertedReports {

    private final OpinionReports reports;
    private final Timeline timeline;
    private final Clock clock;

    ConvertedReports(OpinionReports reports, Timeline timeline, Clock clock) {
        this.reports = reports;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * A converted report. {@code requestKey} names the source (e.g. "proposal-12") so a repeated event creates nothing;
     * {@code memberId} null: the office is the author; {@code proposalId} links a proposal source.
     */
    record Conversion(long committeeId, String requestKey, String title, String text, Long memberId, String memberName,
                      long staffAccountId, Long proposalId, String timelineAction, String timelineNote, LocalDate on) {
    }

    /** The new report's id, or empty when this source was converted before. */
    Optional<Long> receive(Conversion c) {
        if (reports.existsByCommitteeIdAndRequestKey(c.committeeId(), c.requestKey())) {
            return Optional.empty();
        }
        var author = new OpinionReport.Author(c.memberId(), null, c.memberName() == null ? "机关" : c.memberName());
        var report = reports.save(OpinionReport.submit(reports.nextId(), new OpinionReport.Draft(c.committeeId(), c.requestKey(),
                c.title(), c.text() == null || c.text().isBlank() ? c.title() : c.text(), "OTHER",
                c.memberId() == null ? OpinionSource.STAFF : OpinionSource.MEMBER, null, c.staffAccountId(), true, c.proposalId(),
                List.of(author)), day(c.on()), ReceivedDates.moment(day(c.on()), clock), Instant.now(clock)));
        timeline.record(c.committeeId(), SubmitReports.SUBJECT, report.id(), c.timelineAction(), null, OpinionStatus.SUBMITTED.label(),
                c.timelineNote());
        return Optional.of(report.id());
    }

    /** Received the day the source was converted (now when that is today, else that day's start: a late delivery). */
    private LocalDate day(LocalDate on) {
        return on == null ? LocalDate.now(clock) : on;
    }

    /** A proposal not filed and converted: the report is created once, linked to the proposal. */
    @ApplicationModuleListener
    void on(ProposalEvents.ConvertedToOpinionReport event) {
        receive(new Conversion(event.committeeId(), "proposal-" + event.proposalId(), event.title(), event.text(),
                event.leadMemberId(), event.leadMemberName(), event.staffAccountId(), event.proposalId(), "由提案转来",
                "不予立案的提案转为社情民意信息", event.convertedOn()));
    }
}
