package cn.tongxin.deliberation;

import java.time.Instant;

/**
 * A comment as stored; {@link CommentView} is what one viewer sees of it. {@code parentId}: the thread's head (null for
 * a head); {@code replyToId}: the reply it answers when it answers a reply, whose author is {@code replyToName};
 * {@code revision}: how many times its author edited it.
 */
public record CommentRow(long id, long topicId, Long parentId, boolean byMember, Long authorUserId, Long memberId, String authorName,
                         String authorKey, String text, CommentStatus status, String reason, boolean best, Instant writtenAt,
                         long createdVersion, Long shownVersion, long changedVersion, int replyCount, int reportCount,
                         Long replyToId, String replyToName, int revision, Instant editedAt) {

    /** The rows a change of this comment locks, ascending (the thread's head, the reply answered, itself). */
    public java.util.List<Long> family() {
        var ids = new java.util.TreeSet<Long>();
        ids.add(id);
        if (parentId != null) {
            ids.add(parentId);
        }
        if (replyToId != null) {
            ids.add(replyToId);
        }
        return java.util.List.copyOf(ids);
    }
}
