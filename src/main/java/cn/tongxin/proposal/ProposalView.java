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
                           List<Long> mergedIds, int version, LocalDate receivedOn, Instant enteredAt) {

    /** A view without the dates of entry (tests of what a page offers). */
    public ProposalView(long id, ProposalStatus status, ProposalKind kind, String title, String body, String situation,
                        String analysis, String suggestions, String category, String categoryLabel, String suggestedUnits,
                        boolean publishable, Long leadMemberId, String leadMemberName, Long collectiveUnitId,
                        String collectiveUnitName, String enteredBy, boolean onBehalf, Long sessionId, String sessionName,
                        boolean sessionProposal, Instant submittedAt, Integer number, String numberText, Instant filedAt,
                        String notFiledReason, String notFiledReasonLabel, String reviewNote, String conversion,
                        Long mergedIntoId, boolean keyProposal, boolean outstanding, Integer outstandingYear, Instant closedAt,
                        List<Cosigner> cosigners, List<String> keyLeaders, List<Supervision> supervisions, List<Long> mergedIds,
                        int version) {
        this(id, status, kind, title, body, situation, analysis, suggestions, category, categoryLabel, suggestedUnits,
                publishable, leadMemberId, leadMemberName, collectiveUnitId, collectiveUnitName, enteredBy, onBehalf, sessionId,
                sessionName, sessionProposal, submittedAt, number, numberText, filedAt, notFiledReason, notFiledReasonLabel,
                reviewNote, conversion, mergedIntoId, keyProposal, outstanding, outstandingYear, closedAt, cosigners, keyLeaders,
                supervisions, mergedIds, version, null, null);
    }

    /** Entered later than received (a paper proposal typed after the plenary, a letter of last month). */
    public boolean enteredLate() {
        return receivedOn != null && enteredAt != null
                && !receivedOn.equals(enteredAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
    }

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
