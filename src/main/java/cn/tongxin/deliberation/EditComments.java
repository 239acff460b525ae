package cn.tongxin.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.deliberation.internal.CommentEdits;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.Screening;
import cn.tongxin.participation.SensitiveWords;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * A member edits their own comment (both doors) while the topic is open, within the committee's window after writing
 * it ({@link SettingKey#COMMENT_EDIT_MINUTES}) and while it is not hidden or refused. The edit names the revision it
 * read: a stale one is refused (409), so two windows cannot overwrite each other unseen. Screened as a new comment is:
 * on a topic that pre-moderates members, or with sensitive words, a published comment goes back to the queue. Each edit
 * keeps the text it replaced (history) and is audited; others see "已编辑".
 */
@Service
public class EditComments {

    private final Topics topics;
    private final CommentStore comments;
    private final CommentEdits edits;
    private final CurrentUsers currentUsers;
    private final CommitteeSettings settings;
    private final SensitiveWords words;
    private final ModerationQueue moderation;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    EditComments(Topics topics, CommentStore comments, CommentEdits edits, CurrentUsers currentUsers, CommitteeSettings settings,
                 SensitiveWords words, ModerationQueue moderation, Notifications notifications, AuditLog audit, TransactionTemplate tx,
                 Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.edits = edits;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.words = words;
        this.moderation = moderation;
        this.notifications = notifications;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What an edit left: the comment's new revision, and whether it waits for a moderator now. */
    public record Edited(long id, int revision, boolean held) {
    }

    /** The author's edit of their comment; {@code revision} is the one their page or client read. */
    public Edited asMember(long commentId, String text, Integer revision) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        if (member.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以修改留言");
        }
        String body = CommentOnTopics.checkedText(text, CommentOnTopics.MEMBER_MAX_CHARS);
        if (revision == null) {
            throw ManageTopics.fieldError("revision", "缺少留言的版本号，请刷新页面后重试");
        }
        return tx.execute(status -> {
            long committeeId = member.committeeId();
            CommentRow found = comments.find(committeeId, commentId).orElseThrow(() -> BusinessException.notFound("留言"));
            if (found.authorUserId() == null || found.authorUserId() != member.id()) {
                throw BusinessException.forbidden("只能修改自己的留言");
            }
            Topic topic = topics.findByIdAndCommitteeId(found.topicId(), committeeId).orElseThrow(() -> BusinessException.notFound("议题"));
            Instant now = Instant.now(clock);
            topic.take(TopicAction.COMMENT, EnumSet.of(TopicParty.MEMBER), now);
            SubjectRef subject = SubjectRef.of(SubjectType.DELIBERATION_COMMENT, commentId);
            moderation.lockSubject(committeeId, subject); // the queue's row first, as every change of a comment locks (ADR 018)
            CommentRow c = comments.lockFamily(found);
            check(c, committeeId, revision, now);
            if (c.text().equals(body)) {
                return new Edited(c.id(), c.revision(), c.status() == CommentStatus.PENDING);
            }
            List<String> flagged = words.foundIn(committeeId, body);
            comments.edited(c.id(), body, comments.bump(topic.id(), 0));
            boolean held = moderation.revised(committeeId, subject, body,
                    new Screening(topic.moderateMembers() || !flagged.isEmpty(), List.copyOf(flagged)), member.displayName());
            edits.record(committeeId, c.id(), c.revision(), c.text(), body, member.id(), held);
            audit.record(committeeId, "修改留言", "deliberation_comment", c.id(), topic.title() + "：第" + (c.revision() + 1) + "次修改"
                    + (held && c.status() == CommentStatus.PUBLISHED ? "，重新送审" : ""));
            if (held) {
                notifications.remind(committeeId, Recipient.staff(), "deliberation-held-" + topic.id(), LocalDate.now(clock),
                        "网络议政有留言待审核：" + topic.title(), "请到审核队列或议题页面审核留言。", "/deliberation/topics/" + topic.id());
            }
            return new Edited(c.id(), c.revision() + 1, held);
        });
    }

    private void check(CommentRow c, long committeeId, int revision, Instant now) {
        if (c.status() == CommentStatus.HIDDEN) {
            throw BusinessException.conflict("该留言已被隐藏，不能修改");
        }
        if (c.status() == CommentStatus.REJECTED) {
            throw BusinessException.conflict("该留言未通过审核，不能修改");
        }
        int minutes = settings.value(committeeId, SettingKey.COMMENT_EDIT_MINUTES);
        if (minutes <= 0) {
            throw BusinessException.conflict("本会未开放修改留言");
        }
        if (now.isAfter(c.writtenAt().plus(Duration.ofMinutes(minutes)))) {
            throw BusinessException.conflict("留言发表已超过" + minutes + "分钟，不能再修改");
        }
        if (c.revision() != revision) {
            throw BusinessException.conflict("该留言已在别处修改过，请刷新页面，看过最新内容后再修改");
        }
    }

    /** A comment's edits, oldest first: for the office, and for its author. */
    public List<CommentEdit> history(long commentId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.MEMBER);
        CommentRow c = comments.find(user.committeeId(), commentId).orElseThrow(() -> BusinessException.notFound("留言"));
        if (!user.hasAny(Role.ADMIN, Role.STAFF) && (c.authorUserId() == null || c.authorUserId() != user.id())) {
            throw BusinessException.forbidden("只有机关工作人员和作者本人可以查看修改记录");
        }
        return edits.of(commentId);
    }
}
