package cn.tongxin.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.PublicWrite;
import cn.tongxin.participation.PublicWrites;
import cn.tongxin.participation.Screening;
import cn.tongxin.participation.SensitiveWords;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Members (logged in) and, on public topics, citizens on the portal comment and reply, to a comment or to a reply (a
 * reply to a reply joins the head's thread and names whom it answers, "回复 @某某"). A citizen's comment passes participation's gate first (captcha, rate limit, length, markup,
 * sensitive words); a member's text is kept as typed and escaped wherever it is shown. Held comments wait for a
 * moderator, who is told once a day per topic; a reported comment hides itself after the topic's number of reports.
 */
@Service
public class CommentOnTopics {

    static final int MEMBER_MAX_CHARS = 2000;
    static final int NAME_MAX_CHARS = 20;

    private final Topics topics;
    private final CommentStore comments;
    private final CurrentUsers currentUsers;
    private final PublicWrites gate;
    private final SensitiveWords words;
    private final ModerationQueue moderation;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final Clock clock;

    CommentOnTopics(Topics topics, CommentStore comments, CurrentUsers currentUsers, PublicWrites gate, SensitiveWords words,
                    ModerationQueue moderation, Notifications notifications, TransactionTemplate tx, Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.currentUsers = currentUsers;
        this.gate = gate;
        this.words = words;
        this.moderation = moderation;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a comment became: its id and whether it waits for a moderator. */
    public record Posted(long id, boolean held) {
    }

    /** A member's comment or reply (both doors). */
    public Posted asMember(long topicId, Long replyTo, String text) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        if (member.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以留言");
        }
        String body = checkedText(text, MEMBER_MAX_CHARS);
        return tx.execute(status -> {
            Topic topic = topics.findByIdAndCommitteeId(topicId, member.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
            topic.take(TopicAction.COMMENT, EnumSet.of(TopicParty.MEMBER), Instant.now(clock));
            List<String> flagged = words.foundIn(member.committeeId(), body);
            Screening screening = new Screening(topic.moderateMembers() || !flagged.isEmpty(), List.copyOf(flagged));
            return store(topic, replyTo, true, member.id(), member.memberId(), member.displayName(), null, body, screening);
        });
    }

    /**
     * A citizen's comment on a public topic, from the portal (the page is its only door). Checked, screened by the gate
     * (which commits the used captcha and the counted attempt on its own), then stored; refused with nothing stored.
     */
    public Posted asCitizen(long committeeId, long topicId, Long replyTo, String name, String text, String authorKey, String captchaId,
                            String captchaAnswer, String address) {
        Topic topic = publicTopic(committeeId, topicId);
        topic.take(TopicAction.COMMENT, EnumSet.of(TopicParty.CITIZEN), Instant.now(clock));
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw ManageTopics.fieldError("text", "请填写留言内容");
        }
        String nickname = name == null || name.isBlank() ? "网友" : name.strip();
        if (replyTo != null) {
            place(topic, replyTo);
        }
        Screening screening = gate.screen(new PublicWrite(committeeId, address, null, captchaId, captchaAnswer, topic.moderatePublic(),
                List.of(new PublicWrite.Text("name", "昵称", nickname, NAME_MAX_CHARS), PublicWrite.Text.of("text", "留言", body))));
        return tx.execute(status -> {
            Topic locked = publicTopic(committeeId, topicId);
            locked.take(TopicAction.COMMENT, EnumSet.of(TopicParty.CITIZEN), Instant.now(clock));
            return store(locked, replyTo, false, null, null, nickname, authorKey, body, screening);
        });
    }

    private Posted store(Topic topic, Long replyTo, boolean byMember, Long userId, Long memberId, String name, String authorKey, String text,
                         Screening screening) {
        CommentStore.Place place = replyTo == null ? CommentStore.Place.THREAD : place(topic, replyTo);
        CommentStatus status = screening.held() ? CommentStatus.PENDING : CommentStatus.PUBLISHED;
        if (status == CommentStatus.PUBLISHED) {
            comments.replied(place); // the comment rows (ascending) before the cursor, as moderation takes them
        }
        long version = comments.bump(topic.id(), status == CommentStatus.PUBLISHED ? 1 : 0);
        long id = comments.insert(topic.committeeId(), topic.id(), place, byMember, userId, memberId, name, authorKey, text, status, version);
        moderation.register(topic.committeeId(), SubjectRef.of(SubjectType.DELIBERATION_COMMENT, id), text, screening);
        if (screening.held()) {
            notifications.remind(topic.committeeId(), Recipient.staff(), "deliberation-held-" + topic.id(), LocalDate.now(clock),
                    "网络议政有留言待审核：" + topic.title(), "请到审核队列或议题页面审核留言。", "/deliberation/topics/" + topic.id());
        }
        return new Posted(id, screening.held());
    }

    /**
     * Where a reply goes: the thread of the published comment it answers, that comment's own thread when it is a reply
     * (then it is the reply answered, named in "回复 @某某"). Held and hidden comments cannot be answered, at any level.
     */
    private CommentStore.Place place(Topic topic, long replyTo) {
        CommentRow parent = comments.find(topic.committeeId(), replyTo).filter(c -> c.topicId() == topic.id())
                .orElseThrow(() -> BusinessException.notFound("要回复的留言"));
        if (parent.status() != CommentStatus.PUBLISHED) {
            throw BusinessException.conflict("只能回复已公开的留言");
        }
        return parent.parentId() == null ? new CommentStore.Place(parent.id(), null, null)
                : new CommentStore.Place(parent.parentId(), parent.id(), parent.authorName());
    }

    /** 举报 by a member (both doors). */
    public boolean reportAsMember(long commentId) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        return tx.execute(s -> report(member.committeeId(), commentId, "u:" + member.id(), TopicParty.MEMBER, false));
    }

    /** 举报 by a citizen on the portal, once per address and comment. */
    public boolean reportAsCitizen(long committeeId, long commentId, String addressKey) {
        return tx.execute(s -> report(committeeId, commentId, "a:" + addressKey, TopicParty.CITIZEN, true));
    }

    /**
     * Counts the report; hides the comment when its topic's number is reached. Whether it is hidden now. Locks as a
     * moderator's decision does (the queue's row, the comment's rows ascending, the cursor), so that a report and a
     * moderator hiding the same comment at once take turns instead of deadlocking.
     */
    private boolean report(long committeeId, long commentId, String reporter, TopicParty as, boolean publicOnly) {
        CommentRow found = comments.find(committeeId, commentId).orElseThrow(() -> BusinessException.notFound("留言"));
        Topic topic = publicOnly ? publicTopic(committeeId, found.topicId())
                : topics.findByIdAndCommitteeId(found.topicId(), committeeId).orElseThrow(() -> BusinessException.notFound("议题"));
        topic.take(TopicAction.REPORT, EnumSet.of(as), Instant.now(clock));
        moderation.lockSubject(committeeId, SubjectRef.of(SubjectType.DELIBERATION_COMMENT, commentId));
        CommentRow c = comments.lockFamily(found);
        if (c.status() != CommentStatus.PUBLISHED) {
            throw BusinessException.conflict("该留言未公开，不能举报");
        }
        var count = comments.report(commentId, reporter);
        if (count.isPresent() && topic.reportThreshold() != null && count.get() >= topic.reportThreshold()) {
            return moderation.hideOnReports(committeeId, SubjectRef.of(SubjectType.DELIBERATION_COMMENT, commentId), count.get());
        }
        return false;
    }

    private Topic publicTopic(long committeeId, long topicId) {
        return topics.findByIdAndCommitteeId(topicId, committeeId).filter(t -> t.audience() == Audience.PUBLIC)
                .orElseThrow(() -> BusinessException.notFound("该议题"));
    }

    static String checkedText(String text, int max) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw ManageTopics.fieldError("text", "请填写留言内容");
        }
        if (body.codePointCount(0, body.length()) > max) {
            throw ManageTopics.fieldError("text", "留言不能超过" + max + "字");
        }
        return body;
    }
}
