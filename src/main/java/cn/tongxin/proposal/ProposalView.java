package cn.tongxin.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A proposal with the names of what it refers to, for pages, the API and documents. */
public record ProposalView(long id, ProposalStatus status, ProposalKind kind, String title, String body, String situation,
                           String analysis, String suggestions, String category, String categoryLabel,
                           String suggestedUnits, boolean publishable, Long leadMemberId, String leadMemberName,
                           Long collectiveUnitId, String collectiveUnitName, String enteredBy, boolean onBehalf,
                           Long sessionId, String sessionName, boolean sessionProposal, Instant submittedAt,
                           Integer number, String numberText, Instant filedAt, String notFiledReason,
                           String notFiledReasonLabel, String reviewNote, String conversion, Long mergedIntoId,
                           boolean keyProposal, boolean outstanding, Integer outstandingYear, Instant closedAt,
                           List<Cosigner> cosigners, List<String> keyLeaders, List<Supervision> supervisions,
                           List<Long> mergedIds, int version) {

    public record Cosigner(long memberId, String name, String status, Instant invitedAt, Instant dueAt, Instant respondedAt) {
        public String statusLabel() {
            return switch (status) {
                case "CONFIRMED" -> "已确认";
                case "DECLINED" -> "已谢绝";
                default -> "待确认";
            };
        }
    }

    public record Supervision(String kind, String kindLabel, LocalDate heldOn, String note, String recordedBy) {
    }

    /** Who proposed it, as one line: the lead (or the collective) and the confirmed co-signers. */
    public String proposers() {
        StringBuilder s = new StringBuilder(kind == ProposalKind.COLLECTIVE && collectiveUnitName != null
                ? collectiveUnitName : leadMemberName == null ? "" : leadMemberName);
        cosigners.stream().filter(c -> "CONFIRMED".equals(c.status())).forEach(c -> s.append("、").append(c.name()));
        return s.toString();
    }

    public boolean hasSections() {
        return situation != null || analysis != null || suggestions != null;
    }

    public String sessionLabel() {
        return sessionName == null ? "" : sessionName + (sessionProposal ? "（大会提案）" : "（平时提案）");
    }
}
