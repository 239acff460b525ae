package cn.tongxin.performance.award;

/**
 * A nomination by hand: the member (优秀委员, 社情民意先进, the author of an article), the record (优秀提案: the
 * proposal; 优秀调研报告: the activity output), the sector (先进界别), a title (the article's, or a record's name) and
 * the reason.
 */
public record Nomination(Long memberId, Long recordId, Long sectorId, String title, String reason) {
}
