package cn.tongxin.deliberation;

import java.time.Instant;

/** One edit of a comment: the revision it replaced, the text before and after, who and when, whether it went back to the queue. */
public record CommentEdit(int revision, String oldText, String newText, long editedBy, String editorName, Instant editedAt, boolean held) {
}
