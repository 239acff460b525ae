package cn.tongxin.opinion;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * What happens to a public-opinion report. The facts a member's performance record needs (submitted, accepted,
 * issued) carry who (the member authors, or the correspondent's account), the date it happened, the committee and
 * the report.
 */
public final class OpinionEvents {

    private OpinionEvents() {
    }

    /** 报送: a report reached the office (also when converted from a proposal: {@code proposalId}). */
    public record ReportSubmitted(long reportId, long committeeId, String title, OpinionSource source, List<Long> authorMemberIds,
                                  Long correspondentAccountId, LocalDate submittedOn, Long proposalId) {
        public SubjectRef subject() {
            return SubjectRef.of(SubjectType.OPINION_REPORT, reportId);
        }
    }

    /** 重新报送: a returned report, revised, is back in triage. */
    public record ReportResubmitted(long reportId, long committeeId, LocalDate resubmittedOn) {
    }

    public record ReportWithdrawn(long reportId, long committeeId) {
    }

    /** 采编: staff took the report for editing. */
    public record ReportAccepted(long reportId, long committeeId, List<Long> authorMemberIds, Long correspondentAccountId,
                                 LocalDate acceptedOn) {
        public SubjectRef subject() {
            return SubjectRef.of(SubjectType.OPINION_REPORT, reportId);
        }
    }

    public record ReportArchived(long reportId, long committeeId) {
    }

    /** 退回: back to the submitter with the reason. */
    public record ReportReturned(long reportId, long committeeId, long submitterAccountId, String title, String reason) {
    }

    /** 转提案线索: the matter is given to a member as an idea for a proposal. */
    public record ReportPassedAsClue(long reportId, long committeeId, long memberId, String title) {
    }

    /** 编辑: the report became (part of) an edited item. */
    /** An edited item's title and text were revised (before issue): the reports edited into it read differently. */
    public record ItemRevised(long itemId, long committeeId) {
    }

    public record ReportEdited(long reportId, long committeeId, long itemId) {
    }

    /** 编发: the report's item appeared in a numbered bulletin, on the bulletin's issue date. */
    public record ReportIssued(long reportId, long committeeId, String title, long submitterAccountId, List<Long> authorMemberIds,
                               Long correspondentAccountId, long itemId, long bulletinId, String bulletinLabel, LocalDate issuedOn) {
        public SubjectRef subject() {
            return SubjectRef.of(SubjectType.OPINION_REPORT, reportId);
        }
    }

    /** 采用 of the item carrying the report, credited to each of its member authors. */
    public record ReportAdopted(long reportId, long committeeId, List<Long> authorMemberIds, AdoptionLevel level, boolean combined,
                                LocalDate adoptedOn) {
    }

    /** 批示 on the item carrying the report, credited to each of its member authors. */
    public record ReportInstructed(long reportId, long committeeId, List<Long> authorMemberIds, InstructionLevel level, String leader,
                                   LocalDate instructedOn) {
    }

    /** A bulletin was issued with its number, carrying these items in order. */
    public record BulletinIssued(long bulletinId, long committeeId, int year, int number, LocalDate issuedOn, List<Long> itemIds) {
    }

    /** 报送上级: the report of a lower committee arrived in its upper committee's intake as {@code upperReportId}. */
    public record ReportSubmittedUpward(long reportId, long committeeId, long upperCommitteeId, long upperReportId,
                                        LocalDate submittedOn) {
    }

    /** 报送 of an edited item to a level (once per level). */
    public record ItemForwarded(long itemId, long committeeId, AdoptionLevel level, LocalDate forwardedOn) {
    }

    /** 报送上级 of a lower committee's activity output: it arrived in the upper committee's intake as {@code upperReportId}. */
    public record OutputSubmittedUpward(long outputId, long committeeId, long upperCommitteeId, long upperReportId, LocalDate submittedOn) {
    }

    /** The upper committee adopted or instructed what {@code committeeId} sent up; the lower committee's link records it. */
    public record UpwardOutcomeReported(long committeeId, long upperReportId) {
    }
}
