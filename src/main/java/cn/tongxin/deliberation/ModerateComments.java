package cn.tongxin.deliberation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.participation.ModerationChanged;
import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.ModerationStatus;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * The office moderates a topic's comments from its page (or the API) through participation's queue, the same decisions
 * as on the queue's own page; whichever door decided, the comment follows the queue's event in the same transaction.
 */
@Service
@Transactional
public class ModerateComments {

    private final ModerationQueue queue;
    private final CommentStore comments;
    private final Topics topics;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ModerateComments(ModerationQueue queue, CommentStore comments, Topics topics, CurrentUsers currentUsers, Clock clock) {
        this.queue = queue;
        this.comments = comments;
        this.topics = topics;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public void approve(long commentId) {
        queue.approve(item(commentId));
    }

    public void reject(long commentId, String reason) {
        queue.reject(item(commentId), reason);
    }

    public void hide(long commentId, String reason) {
        queue.hide(item(commentId), reason);
    }

    public void undo(long commentId) {
        queue.undo(item(commentId));
    }

    /** The comment's topic id, for the page to go back to. */
    @Transactional(readOnly = true)
    public long topicOf(long commentId) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        return comments.find(office.committeeId(), commentId).orElseThrow(() -> BusinessException.notFound("留言")).topicId();
    }

    private long item(long commentId) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        CommentRow c = comments.find(office.committeeId(), commentId).orElseThrow(() -> BusinessException.notFound("留言"));
        Topic topic = topics.findByIdAndCommitteeId(c.topicId(), office.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        topic.take(TopicAction.MODERATE, ManageTopics.OFFICE, Instant.now(clock));
        return queue.find(SubjectRef.of(SubjectType.DELIBERATION_COMMENT, commentId)).orElseThrow(() -> BusinessException.notFound("留言"))
                .id();
    }

    /**
     * A comment follows its moderation, in the deciding transaction: others see the change with their next poll. The
     * queue's row is locked already; the comment's rows are locked next, ascending, then the live cursor (ADR 018).
     */
    @EventListener
    void on(ModerationChanged changed) {
        if (changed.subject().type() != SubjectType.DELIBERATION_COMMENT) {
            return;
        }
        CommentRow c = comments.lockFamily(comments.find(changed.committeeId(), changed.subject().id())
                .orElseThrow(() -> BusinessException.notFound("留言")));
        CommentStatus to = of(changed.to());
        int published = (to == CommentStatus.PUBLISHED ? 1 : 0) - (c.status() == CommentStatus.PUBLISHED ? 1 : 0);
        long version = comments.bump(c.topicId(), published);
        comments.moderated(c, to, changed.to() == ModerationStatus.PENDING || changed.to() == ModerationStatus.APPROVED ? null : changed.reason(),
                version);
    }

    private static CommentStatus of(ModerationStatus status) {
        return switch (status) {
            case PENDING -> CommentStatus.PENDING;
            case APPROVED -> CommentStatus.PUBLISHED;
            case REJECTED -> CommentStatus.REJECTED;
            case HIDDEN -> CommentStatus.HIDDEN;
        };
    }
}
