package cn.tongxin.rollup.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.member.MemberEvents;
import cn.tongxin.opinion.OpinionEvents;
import cn.tongxin.organization.OrganizationEvents;
import cn.tongxin.proposal.ProposalEvents;

/**
 * The events that change the breakdowns of the annual account kept per committee × year (ADR 010) beyond the headline
 * figures of {@link FigureListeners}: outputs and speeches, supervision groups, 报送 and 报送上级 (also when the upper
 * committee reports an outcome back down), a returned proposal revised, key-proposal appraisals, and the roster and
 * directory the party and sector groupings read. Each moves the committee's change counter on.
 */
@Component
class BreakdownListeners {

    private final CommitteeChanges changes;

    BreakdownListeners(CommitteeChanges changes) {
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(ActivityEvents.OutputRecorded e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ActivityEvents.SupervisionGroupFormed e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ItemForwarded e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportSubmittedUpward e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.OutputSubmittedUpward e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OpinionEvents.UpwardOutcomeReported e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.Revised e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(ProposalEvents.KeyAppraisalChanged e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(MemberEvents.RosterChanged e) {
        changes.changed(e.committeeId());
    }

    @ApplicationModuleListener
    void on(OrganizationEvents.DirectoryChanged e) {
        changes.changed(e.committeeId());
    }
}
