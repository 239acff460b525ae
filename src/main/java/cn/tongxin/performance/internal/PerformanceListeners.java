package cn.tongxin.performance.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.duty.DutyEvents;
import cn.tongxin.frontline.FrontlineProblem;
import cn.tongxin.memoir.Memoir;
import cn.tongxin.opinion.OpinionEvents;
import cn.tongxin.performance.Scores;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.participation.StudioEvents;
import cn.tongxin.reading.ReadingEvents;
import cn.tongxin.suggestion.SuggestionEvents;

/**
 * Hears the facts of every module (after their transaction, from the event publication registry, so none is lost on
 * a restart) and recomputes the members they touch.
 */
@Component
class PerformanceListeners {

    private final List<FactSource> sources;
    private final Scores scores;

    PerformanceListeners(List<FactSource> sources, Scores scores) {
        this.sources = sources;
        this.scores = scores;
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Submitted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Filed e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Merged e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Rejected e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Withdrawn e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Returned e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Submitted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Accepted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Withdrawn e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportSubmitted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportAccepted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportIssued e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportWithdrawn e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Attended e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Observed e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Excused e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Absent e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Spoke e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Authored e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.MarkedKey e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.MarkedOutstanding e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ProposalEvents.ConvertedToOpinionReport e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportAdopted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportInstructed e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.OutputAdopted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ActivityEvents.OutputInstructed e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(StudioEvents.DeedRecorded e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ReadingEvents.NotePosted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(ReadingEvents.NoteRemoved e) {
        take(e.committeeId(), e);
    }

    // the public side (issue 16): members on duty, 一线协商 points, 文史资料

    @ApplicationModuleListener
    void on(DutyEvents.Answered e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(DutyEvents.Converted e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(FrontlineProblem.Solved e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(FrontlineProblem.Reopened e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(Memoir.Selected e) {
        take(e.committeeId(), e);
    }

    @ApplicationModuleListener
    void on(Memoir.Reconsidered e) {
        take(e.committeeId(), e);
    }

    private void take(long committeeId, Object event) {
        for (FactSource source : sources) {
            var touched = source.apply(event);
            if (!touched.isEmpty()) {
                scores.refresh(committeeId, touched);
            }
        }
    }
}
