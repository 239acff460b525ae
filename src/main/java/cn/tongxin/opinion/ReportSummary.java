package cn.tongxin.opinion;

import java.time.Instant;

public record ReportSummary(long id, String title, OpinionStatus status, OpinionSource source, String authors,
                            String categoryLabel, Instant submittedAt, Long itemId) {
}
