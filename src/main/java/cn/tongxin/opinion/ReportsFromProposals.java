package cn.tongxin.opinion;

import java.time.Clock;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.timeline.Timeline;

/** A proposal not filed and converted: the report is created once, linked to the proposal. */
@Component
class ReportsFromProposals {

    private final OpinionReports reports;
    private final Timeline timeline;
    private final Clock clock;

    ReportsFromProposals(OpinionReports reports, Timeline timeline, Clock clock) {
        this.reports = reports;
        this.timeline = timeline;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProposalEvents.ConvertedToOpinionReport event) {
        String key = "proposal-" + event.proposalId();
        if (reports.existsByCommitteeIdAndRequestKey(event.committeeId(), key)) {
            return;
        }
        var author = new OpinionReport.Author(event.leadMemberId(), null, event.leadMemberName() == null ? "机关" : event.leadMemberName());
        var report = reports.save(OpinionReport.submit(reports.nextId(), new OpinionReport.Draft(event.committeeId(), key,
                event.title(), event.text() == null || event.text().isBlank() ? event.title() : event.text(), "OTHER",
                event.leadMemberId() == null ? OpinionSource.STAFF : OpinionSource.MEMBER, null, event.staffAccountId(), true,
                event.proposalId(), List.of(author)), clock));
        timeline.record(event.committeeId(), SubmitReports.SUBJECT, report.id(), "由提案转来", null, OpinionStatus.SUBMITTED.label(),
                "不予立案的提案转为社情民意信息");
    }
}
