package cn.tongxin.handling;

import java.time.LocalDate;

import cn.tongxin.shared.SubjectRef;

/**
 * Facts of the handling flow, for the subject modules and for later ones (performance records): the subject, its
 * committee, the case, and the day the fact happened.
 */
public final class HandlingEvents {

    private HandlingEvents() {
    }

    public record Assigned(long committeeId, SubjectRef subject, long caseId, LocalDate assignedOn) {
    }

    /** Every required reply of the current round is in. */
    public record CaseReplied(long committeeId, SubjectRef subject, long caseId, int round, LocalDate repliedOn) {
    }

    public record Rated(long committeeId, SubjectRef subject, long caseId, long memberId, Satisfaction attitude,
                        Satisfaction result, LocalDate ratedOn) {
    }

    public record RehandlingOrdered(long committeeId, SubjectRef subject, long caseId, int round, LocalDate due) {
    }

    /** Staff closed the case; the subject follows (its status becomes closed in the same transaction). */
    public record CaseClosed(long committeeId, SubjectRef subject, long caseId, LocalDate closedOn) {
    }

    /** Staff reopened a closed case for ratings and re-handling, with their reason. */
    public record CaseReopened(long committeeId, SubjectRef subject, long caseId, String reason, LocalDate reopenedOn) {
    }

    /** A reply went back to its unit: its text no longer stands as the answer. */
    public record ReplyReturned(long committeeId, SubjectRef subject, long caseId, int round, LocalDate returnedOn) {
    }

    /** Staff approved a reassignment: another unit handles the subject instead. */
    public record Reassigned(long committeeId, SubjectRef subject, long caseId, long fromUnitId, long toUnitId, LocalDate reassignedOn) {
    }
}
