package cn.tongxin.handling;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;

/**
 * What the handling section of a subject's page offers this user now (the services check again on every request):
 * the unit's own assignments, rating for a proposer, and staff oversight.
 */
public record HandlingPanel(List<CaseView.AssignmentView> ownAssignments, boolean canRate, boolean canRatePaper,
                            boolean canRehandle, boolean staff) {

    /** {@code handledHere}: false when the case belongs to another subject (a merged proposal shows its main one's). */
    public static HandlingPanel of(CurrentUser user, CaseView c, LocalDate today, boolean handledHere) {
        if (c == null) {
            return new HandlingPanel(List.of(), false, false, false, false);
        }
        boolean office = user.isOffice() && handledHere;
        boolean replied = handledHere && c.status() == CaseStatus.REPLIED;
        boolean rater = user.has(Role.MEMBER) && !user.has(Role.UNIT) && user.memberId() != null && c.raters().contains(user.memberId());
        boolean rated = user.memberId() != null && c.currentRatings().stream().anyMatch(r -> r.memberId() == user.memberId());
        boolean inWindow = c.ratingDue() != null && !today.isAfter(c.ratingDue());
        List<CaseView.AssignmentView> own = !user.has(Role.UNIT) || user.unitId() == null ? List.of()
                : c.activeAssignments().stream().filter(a -> a.unitId() == user.unitId()).toList();
        return new HandlingPanel(own, rater && replied && !rated && inWindow, office && replied,
                office && replied && c.hasDissatisfiedResult(), office && c.status() != CaseStatus.CLOSED);
    }
}
