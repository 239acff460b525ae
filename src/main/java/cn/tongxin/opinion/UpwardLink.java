package cn.tongxin.opinion;

import java.time.LocalDate;

/**
 * 报送上级, as both sides show it: the lower committee's report, the report it became in the upper committee's intake,
 * and what the upper committee reported back (adoption, instruction). {@code lowerSide}: seen from the lower committee.
 */
public record UpwardLink(boolean lowerSide, long committeeId, String committeeName, long reportId, long upperCommitteeId,
                         String upperCommitteeName, long upperReportId, LocalDate submittedOn, String adoption, LocalDate adoptedOn,
                         String instructionLeader, LocalDate instructedOn) {
}
