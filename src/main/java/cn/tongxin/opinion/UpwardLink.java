package cn.tongxin.opinion;

import java.time.LocalDate;

/**
 * 报送上级, as both sides show it: the lower committee's report, the report it became in the upper committee's intake,
 * and what the upper committee reported back (adoption, instruction). A lower committee's activity output (e.g. a
 * 调研报告 or 协商成果) goes up the same way: {@code outputId} and {@code outputKind} instead of {@code reportId}. {@code lowerSide}: seen from the lower committee.
 */
public record UpwardLink(boolean lowerSide, long committeeId, String committeeName, Long reportId, Long outputId, String outputKind,
                         long upperCommitteeId,
                         String upperCommitteeName, long upperReportId, LocalDate submittedOn, String adoption, LocalDate adoptedOn,
                         String instructionLeader, LocalDate instructedOn) {
}
