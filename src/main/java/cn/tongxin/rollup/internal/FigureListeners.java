package cn.tongxin.rollup.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.opinion.OpinionEvents;
import cn.tongxin.outcome.OutcomeEvents;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.suggestion.SuggestionEvents;

/**
 * Hears every event that can change a committee's headline figures (after the change committed, from the event
 * publication registry, so none is lost on a restart) and moves the committee's change counter on. An event that
 * changes nothing counted costs one recomputation of that committee's year, never a wrong figure.
 */
@Component
class FigureListeners {

    private final CommitteeChanges changes;

    FigureListeners(CommitteeChanges changes) {
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Submitted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Withdrawn e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Filed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Rejected e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Merged e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Returned e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Closed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.MarkedKey e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.CaseReplied e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.RehandlingOrdered e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.CaseClosed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.CaseReopened e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Submitted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Accepted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Rejected e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Withdrawn e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Closed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.ConvertedToProposal e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.ConvertedToOpinionReport e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportSubmitted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportResubmitted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportWithdrawn e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportAccepted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportArchived e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportReturned e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportPassedAsClue e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportIssued e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OutcomeEvents.Adopted e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OutcomeEvents.Instructed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Published e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Attended e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Observed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Closed e) {
        changes.changed(e.committeeId());
    }
}
