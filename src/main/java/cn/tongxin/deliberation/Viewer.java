package cn.tongxin.deliberation;

import java.time.Instant;

/**
 * Who reads a topic: the office sees every comment with its status; others see what is published, hidden ones as a
 * placeholder, and their own held ones marked 待审核 (a user by account, a citizen by the key their browser holds).
 * {@code editableSince}: a member's own comments written at or after it may still be edited (null: none may).
 */
public record Viewer(TopicParty party, Long userId, String authorKey, Instant editableSince) {

    public Viewer(TopicParty party, Long userId, String authorKey) {
        this(party, userId, authorKey, null);
    }

    public static Viewer citizen(String authorKey) {
        return new Viewer(TopicParty.CITIZEN, null, authorKey);
    }

    public boolean office() {
        return party == TopicParty.STAFF;
    }

    boolean wrote(CommentRow c) {
        return (userId != null && userId.equals(c.authorUserId())) || (authorKey != null && authorKey.equals(c.authorKey()));
    }

    /** The rule of {@link EditComments}, for the page's 编辑 button: the member author, in the window, not hidden or refused. */
    boolean mayEdit(CommentRow c) {
        return editableSince != null && userId != null && userId.equals(c.authorUserId()) && c.byMember()
                && (c.status() == CommentStatus.PUBLISHED || c.status() == CommentStatus.PENDING) && !c.writtenAt().isBefore(editableSince);
    }
}
