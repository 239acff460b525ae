package cn.tongxin.handling;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;

/**
 * What the handling section of a subject's page offers this user now, read from {@link HandlingWorkflow}'s tables for
 * the parties the user is, less the named guards the tables do not hold (the rating window, whether the member has
 * rated, a dissatisfied result, the unit's role). The services check again on every request.
 *
 * @param ownAssignments the unit's own active assignments with the steps it may take on each
 * @param caseActions    the steps on the case (rating, re-handling, returning a reply …) offered to this user
 * @param urgeable       assignments staff may urge
 * @param staff          staff oversee this case here (it is open and handled on this subject)
 */
public record HandlingPanel(List<UnitPanel> ownAssignments, List<CaseAction> caseActions, Set<Long> urgeable,
                            boolean staff) {

    public record UnitPanel(CaseView.AssignmentView assignment, List<AssignmentAction> actions) {
        public boolean offers(String action) {
            return actions.contains(AssignmentAction.valueOf(action));
        }
    }

    public boolean offers(String action) {
        return caseActions.contains(CaseAction.valueOf(action));
    }

    public boolean canRate() {
        return caseActions.contains(CaseAction.RATE);
    }

    public boolean canRatePaper() {
        return caseActions.contains(CaseAction.RATE_ON_PAPER);
    }

    public boolean canRehandle() {
        return caseActions.contains(CaseAction.REHANDLE);
    }

    public boolean canUrge(long assignmentId) {
        return urgeable.contains(assignmentId);
    }

    /** {@code handledHere}: false when the case belongs to another subject (a merged proposal shows its main one's). */
    public static HandlingPanel of(CurrentUser user, CaseView c, LocalDate today, boolean handledHere) {
        if (c == null) {
            return new HandlingPanel(List.of(), List.of(), Set.of(), false);
        }
        Set<HandlingParty> parties = EnumSet.noneOf(HandlingParty.class);
        if (user.isOffice() && handledHere) {
            parties.add(HandlingParty.STAFF);
        }
        boolean rater = handledHere && user.has(Role.MEMBER) && !user.has(Role.UNIT) && user.memberId() != null
                && c.raters().contains(user.memberId());
        if (rater) {
            parties.add(HandlingParty.RATER);
        }
        boolean rated = user.memberId() != null && c.currentRatings().stream().anyMatch(r -> r.memberId() == user.memberId());
        boolean inWindow = c.ratingDue() != null && !today.isAfter(c.ratingDue());
        List<CaseAction> caseActions = caseActions(c.status(), parties, new CaseGuards(!rated && inWindow, c.hasDissatisfiedResult()));
        List<UnitPanel> own = !user.has(Role.UNIT) || user.unitId() == null ? List.of()
                : c.activeAssignments().stream().filter(a -> a.unitId() == user.unitId())
                        .map(a -> new UnitPanel(a, assignmentActions(a.status(), a.role(), EnumSet.of(HandlingParty.UNIT))))
                        .toList();
        boolean staff = parties.contains(HandlingParty.STAFF) && caseActions.contains(CaseAction.URGE);
        Set<Long> urgeable = !staff ? Set.of() : c.assignments().stream()
                .filter(a -> assignmentActions(a.status(), a.role(), EnumSet.of(HandlingParty.STAFF)).contains(AssignmentAction.URGE))
                .map(CaseView.AssignmentView::id).collect(Collectors.toUnmodifiableSet());
        return new HandlingPanel(own, caseActions, urgeable, staff);
    }

    /** The guards a case step needs beyond its table: a member rates once within the window; re-handling needs a 不满意. */
    record CaseGuards(boolean mayRateNow, boolean dissatisfied) {
    }

    /** The table's steps for these parties, less what the guards forbid; 办复 is never offered (the last reply makes it). */
    static List<CaseAction> caseActions(CaseStatus status, Set<HandlingParty> parties, CaseGuards guards) {
        return HandlingWorkflow.CASE.actions(status, parties).stream()
                .filter(a -> a != CaseAction.COMPLETE_REPLIES)
                .filter(a -> a != CaseAction.RATE || guards.mayRateNow())
                .filter(a -> a != CaseAction.REHANDLE || guards.dissatisfied())
                .toList();
    }

    /** The table's steps for these parties, less what the unit's role rules out: co-handling units send opinions, others reply. */
    static List<AssignmentAction> assignmentActions(AssignmentStatus status, UnitRole role, Set<HandlingParty> parties) {
        return HandlingWorkflow.ASSIGNMENT.actions(status, parties).stream()
                .filter(a -> role.replies() || (a != AssignmentAction.REPLY && a != AssignmentAction.REQUEST_EXTENSION))
                .filter(a -> !role.replies() || a != AssignmentAction.SEND_OPINION)
                .toList();
    }
}
