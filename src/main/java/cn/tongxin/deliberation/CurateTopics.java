package cn.tongxin.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.RecordOutputs;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Digests;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/**
 * What the office makes of a topic: best comments marked, the summary after the window, the best comments and summary
 * as an output (协商成果) of the activity through the activity module's own use case, and a standing call's monthly
 * digest of selected comments.
 */
@Service
@Transactional
public class CurateTopics {

    private final Topics topics;
    private final CommentStore comments;
    private final Digests digests;
    private final CurrentUsers currentUsers;
    private final RecordOutputs outputs;
    private final AuditLog audit;
    private final Clock clock;

    CurateTopics(Topics topics, CommentStore comments, Digests digests, CurrentUsers currentUsers, RecordOutputs outputs, AuditLog audit,
                 Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.digests = digests;
        this.currentUsers = currentUsers;
        this.outputs = outputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** 精选 (or not): published comments only; a best comment feeds the output and the month's digest. */
    public void markBest(long commentId, boolean best) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        CommentRow c = comments.lock(office.committeeId(), commentId).orElseThrow(() -> BusinessException.notFound("留言"));
        Topic topic = locked(office, c.topicId());
        topic.take(TopicAction.MARK_BEST, ManageTopics.OFFICE, Instant.now(clock));
        if (best && c.status() != CommentStatus.PUBLISHED) {
            throw BusinessException.conflict("只能精选已公开的留言");
        }
        comments.markBest(commentId, best, comments.bump(topic.id(), 0));
        audit.record(office.committeeId(), best ? "精选留言" : "取消精选留言", "deliberation_comment", commentId, topic.title());
    }

    public void writeSummary(long topicId, String text) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (Text.isBlank(text) || text.strip().length() > 20000) {
            throw ManageTopics.fieldError("summary", "请填写议题总结（不超过20000字）");
        }
        Topic topic = locked(office, topicId);
        topic.writeSummary(text.strip(), office.displayName(), ManageTopics.OFFICE, Instant.now(clock));
        topics.save(topic);
        audit.record(office.committeeId(), "撰写网络议政总结", "deliberation_topic", topicId, topic.title());
    }

    /** The summary and the best comments become the activity's 协商成果; the members among their authors are its authors. */
    public long makeOutput(long topicId) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Topic topic = locked(office, topicId);
        topic.checkOutput(ManageTopics.OFFICE, Instant.now(clock));
        List<CommentRow> best = comments.published(topicId, true);
        StringBuilder text = new StringBuilder(topic.summary());
        if (!best.isEmpty()) {
            text.append("\n\n精选留言：\n");
            best.forEach(c -> text.append(c.authorName()).append(c.byMember() ? "（委员）" : "（网友）").append("：").append(c.text()).append('\n'));
        }
        List<Long> authors = best.stream().map(CommentRow::memberId).filter(java.util.Objects::nonNull).distinct().toList();
        String title = "网络议政成果：" + topic.title();
        long output = outputs.recordConsultationResult(topic.activityId(), title.length() > 200 ? title.substring(0, 200) : title,
                text.toString().strip(), authors);
        topic.outputRecorded(output);
        topics.save(topic);
        audit.record(office.committeeId(), "网络议政转为活动成果", "deliberation_topic", topicId, "成果 " + output);
        return output;
    }

    /** Publishes a month's digest of a standing call (its best comments of that month). */
    public void publishDigest(long topicId, String month, String note) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        String m = month(month);
        Topic topic = locked(office, topicId);
        topic.take(TopicAction.PUBLISH_DIGEST, ManageTopics.OFFICE, Instant.now(clock));
        if (topic.kind() != TopicKind.CALL_FOR_IDEAS) {
            throw BusinessException.conflict("只有热点话题征集按月发布精选");
        }
        if (comments.bestOfMonth(topicId, m, clock.getZone().getId()).isEmpty()) {
            throw BusinessException.conflict(m + " 没有精选留言，请先精选");
        }
        if (note != null && note.length() > 2000) {
            throw ManageTopics.fieldError("note", "按语不能超过2000字");
        }
        digests.publish(topicId, m, Text.trimToNull(note), office.username());
        audit.record(office.committeeId(), "发布月度精选", "deliberation_topic", topicId, topic.title() + " " + m);
    }

    /** A month's digest: published ones for everyone, unpublished ones for the office to preview. */
    public record Digest(Topic topic, String month, boolean published, String note, List<CommentView> comments) {
    }

    /** The months with best comments, and which are published. */
    public record Month(String month, long comments, boolean published) {
    }

    @Transactional(readOnly = true)
    public List<Month> months(Topic topic) {
        Set<String> published = digests.published(topic.id());
        return comments.bestMonths(topic.id(), clock.getZone().getId()).stream()
                .map(m -> new Month(m.month(), m.comments(), published.contains(m.month()))).toList();
    }

    @Transactional(readOnly = true)
    public Digest digest(long topicId, String month) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        Topic topic = topics.findByIdAndCommitteeId(topicId, user.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        return digest(topic, month, TopicReads.viewer(user));
    }

    @Transactional(readOnly = true)
    public Digest publicDigest(Topic publicTopic, String month) {
        return digest(publicTopic, month, Viewer.citizen(null));
    }

    private Digest digest(Topic topic, String month, Viewer viewer) {
        String m = month(month);
        var note = digests.note(topic.id(), m);
        if (note.isEmpty() && !viewer.office()) {
            throw BusinessException.notFound(m + " 的月度精选");
        }
        return new Digest(topic, m, note.isPresent(), note.filter(n -> !n.isEmpty()).orElse(null),
                comments.bestOfMonth(topic.id(), m, clock.getZone().getId()).stream().map(c -> CommentView.of(c, Viewer.citizen(null))).toList());
    }

    private Topic locked(CurrentUser office, long topicId) {
        return topics.findLockedByIdAndCommitteeId(topicId, office.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
    }

    private static String month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip()).toString();
        } catch (DateTimeParseException e) {
            throw ManageTopics.fieldError("month", "月份格式应为 2026-11");
        }
    }
}
