package cn.tongxin.deliberation;

import java.util.List;
import java.util.Map;

/**
 * A topic page for one viewer: the topic, its status now, the steps offered, the newest threads (keyset: {@code next}
 * is the id to continue before) and the live cursor the page polls from.
 */
public record TopicView(Topic topic, TopicStatus status, List<TopicAction> actions, List<Thread> threads, Long next, long version,
                        int comments, Map<CommentStatus, Long> counts) {

    /** A top-level comment with its replies. */
    public record Thread(CommentView head, List<CommentView> replies) {
    }

    public boolean offers(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }
}
