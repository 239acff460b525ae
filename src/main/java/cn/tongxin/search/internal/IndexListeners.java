package cn.tongxin.search.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.history.HistoryEvents;
import cn.tongxin.opinion.OpinionEvents;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SuggestionEvents;

/**
 * Keeps the index from the owning modules' events, after their transaction committed and through the event
 * publication registry (a listener that fails or a process that dies leaves the publication incomplete; it is
 * republished on restart): each event re-reads the record it names, so a late or repeated event writes the current
 * state, never an old one.
 */
@Component
class IndexListeners {

    private final Indexer indexer;
    private final IndexRebuilder rebuild;
    private final ActivitySource activities;
    private final OpinionSource opinions;

    IndexListeners(Indexer indexer, IndexRebuilder rebuild, ActivitySource activities, OpinionSource opinions) {
        this.indexer = indexer;
        this.rebuild = rebuild;
        this.activities = activities;
        this.opinions = opinions;
    }

    private void proposal(long id) {
        indexer.refresh(SubjectRef.of(SubjectType.PROPOSAL, id));
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Drafted e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Submitted e) {
        proposal(e.proposalId());
    }

    /**
     * Invited co-signers find the draft (they may open it to answer). Their answer changes nothing the index holds: a
     * proposal is found by everyone it was put to, whether they confirmed or declined, so {@code CoSigned} is not heard.
     */
    @ApplicationModuleListener
    void on(ProposalEvents.CosignersInvited e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.PreApproved e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Filed e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Rejected e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Merged e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Returned e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Revised e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Withdrawn e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Closed e) {
        proposal(e.proposalId());
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Submitted e) {
        indexer.refresh(SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Accepted e) {
        indexer.refresh(SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Rejected e) {
        indexer.refresh(SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Withdrawn e) {
        indexer.refresh(SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.Closed e) {
        indexer.refresh(SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
    }

    @ApplicationModuleListener
    void on(SuggestionEvents.ConversionCreated e) {
        indexer.refresh(SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
        indexer.refresh(e.created());
    }

    /** Assignment, replies, rating, closing: the subject's units, reply letters and status change. */
    @ApplicationModuleListener
    void on(HandlingEvents.Assigned e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.CaseReplied e) {
        indexer.refresh(e.subject());
    }

    /** A returned reply's text leaves the document. */
    @ApplicationModuleListener
    void on(HandlingEvents.ReplyReturned e) {
        indexer.refresh(e.subject());
    }

    /** Another unit handles it: the new unit finds it, the old one no longer does. */
    @ApplicationModuleListener
    void on(HandlingEvents.Reassigned e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.RehandlingOrdered e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.CaseClosed e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(HandlingEvents.CaseReopened e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportSubmitted e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportResubmitted e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportWithdrawn e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportAccepted e) {
        indexer.refresh(e.subject());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportArchived e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportReturned e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportPassedAsClue e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportEdited e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    /** A re-edited item: every report edited into it carries the new text. */
    @ApplicationModuleListener
    void on(OpinionEvents.ItemRevised e) {
        opinions.reportsOfItem(e.itemId()).forEach(r -> indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, r)));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportIssued e) {
        indexer.refresh(e.subject());
    }

    /** 批示 on the report's item: the instruction's text is found with the report. */
    @ApplicationModuleListener
    void on(OpinionEvents.ReportInstructed e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
    }

    @ApplicationModuleListener
    void on(ActivityEvents.OutputInstructed e) {
        indexer.refresh(SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, e.outputId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportSubmittedUpward e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.upperReportId()));
    }

    @ApplicationModuleListener
    void on(OpinionEvents.OutputSubmittedUpward e) {
        indexer.refresh(SubjectRef.of(SubjectType.OPINION_REPORT, e.upperReportId()));
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Published e) {
        activity(e.activityId());
    }

    /** A check-in lets the member find the activity and its outputs. */
    @ApplicationModuleListener
    void on(ActivityEvents.Attended e) {
        activity(e.activityId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Observed e) {
        activity(e.activityId());
    }

    /** Sign-up closed or reopened: the status shown with the hit. */
    @ApplicationModuleListener
    void on(ActivityEvents.SignupChanged e) {
        activity(e.activityId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.Closed e) {
        activity(e.activityId());
    }

    private void activity(long id) {
        indexer.refresh(SubjectRef.of(SubjectType.ACTIVITY, id));
        activities.outputIds(id).forEach(o -> indexer.refresh(SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, o)));
    }

    @ApplicationModuleListener
    void on(ActivityEvents.OutputRecorded e) {
        indexer.refresh(SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, e.outputId()));
    }

    /** Past years arrive in bulk and without per-record events: the committee's documents are rebuilt. */
    @ApplicationModuleListener
    void on(HistoryEvents.Imported e) {
        rebuild.rebuild(e.committeeId());
    }
}
