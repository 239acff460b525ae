package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything about one handling case, for the subject's page. */
public record CaseView(long id, SubjectType subjectType, long subjectId, HandlingMode mode, CaseStatus status, int round,
                       Instant assignedAt, LocalDate dueDate, LocalDate maxDueDate, LocalDate coOpinionDue,
                       LocalDate objectionUntil, Instant repliedAt, LocalDate ratingDue, Instant closedAt,
                       Set<Long> raters, List<AssignmentView> assignments, List<ReplyView> replies,
                       List<RatingView> ratings, int version) {

    public record AssignmentView(long id, long unitId, String unitName, UnitRole role, AssignmentStatus status,
                                 Instant assignedAt, Instant acknowledgedAt, LocalDate dueDate, Instant repliedAt,
                                 List<RequestView> requests, List<ContactView> contacts, List<OpinionView> opinions,
                                 List<UrgeView> urges) {
    }

    public record RequestView(long id, String kind, String reason, LocalDate requestedDue, String status,
                              String requestedBy, Instant requestedAt, String decidedBy, String decisionNote) {
        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    public record ContactView(String method, LocalDate contactedOn, String contactWith, String note) {
    }

    public record OpinionView(String text, String submittedBy, Instant submittedAt) {
    }

    public record UrgeView(String note, String urgedBy, Instant urgedAt) {
    }

    public record ReplyView(long id, long assignmentId, String unitName, int round, String text, String category,
                            String signer, String contactPerson, String contactPhone, Long attachmentId,
                            String status, String returnReason, Instant submittedAt) {
        public boolean returned() {
            return "RETURNED".equals(status);
        }
    }

    public record RatingView(long memberId, String memberName, int round, Satisfaction attitude, Satisfaction result,
                             String comment, boolean onPaper, String enteredBy, Instant ratedAt) {
    }

    public List<AssignmentView> activeAssignments() {
        return assignments.stream().filter(a -> a.status().active()).toList();
    }

    public List<RatingView> currentRatings() {
        return ratings.stream().filter(r -> r.round() == round).toList();
    }

    public boolean hasDissatisfiedResult() {
        return currentRatings().stream().anyMatch(r -> r.result() == Satisfaction.DISSATISFIED);
    }
}
