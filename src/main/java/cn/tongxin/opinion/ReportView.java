package cn.tongxin.opinion;

import java.time.Instant;
import java.util.List;

public record ReportView(long id, OpinionStatus status, String title, String body, String category, String categoryLabel,
                         OpinionSource source, String sourceUnitName, long submitterAccountId, boolean onBehalf,
                         Long proposalId, Instant submittedAt, String triageNote, String clueMemberName, Long itemId,
                         List<Author> authors, int version) {

    public record Author(Long memberId, Long accountId, String name) {
    }

    public String authorNames() {
        return String.join("、", authors.stream().map(Author::name).toList());
    }
}
