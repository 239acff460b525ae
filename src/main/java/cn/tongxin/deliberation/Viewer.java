package cn.tongxin.deliberation;

/**
 * Who reads a topic: the office sees every comment with its status; others see what is published, hidden ones as a
 * placeholder, and their own held ones marked 待审核 (a user by account, a citizen by the key their browser holds).
 */
public record Viewer(TopicParty party, Long userId, String authorKey) {

    public static Viewer citizen(String authorKey) {
        return new Viewer(TopicParty.CITIZEN, null, authorKey);
    }

    public boolean office() {
        return party == TopicParty.STAFF;
    }

    boolean wrote(CommentRow c) {
        return (userId != null && userId.equals(c.authorUserId())) || (authorKey != null && authorKey.equals(c.authorKey()));
    }
}
