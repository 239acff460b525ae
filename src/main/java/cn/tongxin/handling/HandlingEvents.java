package cn.tongxin.handling;

/** Facts of the handling flow, for the subject modules and for later ones (performance records). */
public final class HandlingEvents {

    private HandlingEvents() {
    }

    public record Assigned(long committeeId, String subjectType, long subjectId, long caseId) {
    }

    /** Every required reply of the current round is in. */
    public record CaseReplied(long committeeId, String subjectType, long subjectId, long caseId, int round) {
    }

    public record Rated(long committeeId, String subjectType, long subjectId, long caseId, long memberId,
                        Satisfaction attitude, Satisfaction result) {
    }

    public record RehandlingOrdered(long committeeId, String subjectType, long subjectId, long caseId, int round) {
    }

    public record CaseClosed(long committeeId, String subjectType, long subjectId, long caseId) {
    }
}
