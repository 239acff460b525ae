package cn.tongxin.deliberation;

import java.time.Instant;

/** A comment as stored; {@link CommentView} is what one viewer sees of it. */
public record CommentRow(long id, long topicId, Long parentId, boolean byMember, Long authorUserId, Long memberId, String authorName,
                         String authorKey, String text, CommentStatus status, String reason, boolean best, Instant writtenAt,
                         long createdVersion, Long shownVersion, long changedVersion, int replyCount, int reportCount) {
}
