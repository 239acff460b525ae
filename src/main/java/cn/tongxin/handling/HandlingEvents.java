package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;

/** Facts of the handling flow, for the subject modules and for later ones (performance records). */
public final class HandlingEvents {

    private HandlingEvents() {
    }

    public record Assigned(long committeeId, SubjectType subjectType, long subjectId, long caseId) {
    }

    /** Every required reply of the current round is in. */
    public record CaseReplied(long committeeId, SubjectType subjectType, long subjectId, long caseId, int round) {
    }

    public record Rated(long committeeId, SubjectType subjectType, long subjectId, long caseId, long memberId,
                        Satisfaction attitude, Satisfaction result) {
    }

    public record RehandlingOrdered(long committeeId, SubjectType subjectType, long subjectId, long caseId, int round) {
    }

    public record CaseClosed(long committeeId, SubjectType subjectType, long subjectId, long caseId) {
    }
}
