package cn.tongxin.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code receivedOn}: the day the report was received; {@code enteredAt}: when it was typed. */
public record ReportView(long id, OpinionStatus status, String title, String body, String category, String categoryLabel,
                         OpinionSource source, String sourceUnitName, long submitterAccountId, boolean onBehalf,
                         Long proposalId, Instant submittedAt, String triageNote, String clueMemberName, Long itemId,
                         List<Author> authors, int version, LocalDate receivedOn, Instant enteredAt) {

    /** Typed on a later day than it was received. */
    public boolean enteredLate() {
        return receivedOn != null && enteredAt != null
                && !receivedOn.equals(enteredAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
    }

    public record Author(Long memberId, Long accountId, String name) {
    }

    public String authorNames() {
        return String.join("、", authors.stream().map(Author::name).toList());
    }
}
