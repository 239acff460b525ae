package cn.tongxin.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** The office creates, edits, starts, ends and reopens topics. */
@Service
@Transactional
public class ManageTopics {

    static final Set<TopicParty> OFFICE = EnumSet.of(TopicParty.STAFF);
    static final int MAX_LONG_TEXT = 5000;

    private final Topics topics;
    private final CommentStore comments;
    private final CurrentUsers currentUsers;
    private final ActivityQueries activities;
    private final AuditLog audit;
    private final Clock clock;

    ManageTopics(Topics topics, CommentStore comments, CurrentUsers currentUsers, ActivityQueries activities, AuditLog audit, Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.currentUsers = currentUsers;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    public long create(TopicForm form) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Topic.Details details = details(form);
        Long activityId = null;
        String activityTitle = null;
        if (form.activityId() != null) {
            var activity = activities.page(form.activityId());
            if (!activity.type().isConsultation()) {
                throw fieldError("activityId", "请选择协商类活动（专题协商、远程协商等）");
            }
            activityId = activity.id();
            activityTitle = activity.title();
        } else if (details.kind() == TopicKind.CONSULTATION) {
            throw fieldError("activityId", "网络议政须关联一项协商活动");
        }
        Topic topic = topics.save(Topic.create(office.committeeId(), activityId, activityTitle, details, office.username(), Instant.now(clock)));
        comments.openLive(topic.id());
        audit.record(office.committeeId(), "创建网络议政议题", "deliberation_topic", topic.id(), topic.title());
        return topic.id();
    }

    public void edit(long id, TopicForm form) {
        step(id, "修改网络议政议题", topic -> topic.edit(details(form), OFFICE, Instant.now(clock)));
    }

    public void start(long id) {
        step(id, "开始网络议政", topic -> topic.start(OFFICE, Instant.now(clock)));
    }

    public void close(long id) {
        step(id, "结束网络议政", topic -> topic.close(OFFICE, Instant.now(clock)));
    }

    public void reopen(long id, LocalDateTime until) {
        step(id, "重新开放网络议政", topic -> topic.reopen(until == null ? null : until.atZone(clock.getZone()).toInstant(), OFFICE,
                Instant.now(clock)));
    }

    private void step(long id, String action, java.util.function.Consumer<Topic> change) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Topic topic = topics.findLockedByIdAndCommitteeId(id, office.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        change.accept(topic);
        topics.save(topic);
        comments.bump(topic.id(), 0);
        audit.record(office.committeeId(), action, "deliberation_topic", id, topic.title());
    }

    static FieldErrors fieldError(String field, String message) {
        return new FieldErrors(message, java.util.List.of(new FieldErrors.FieldError(field, message)));
    }

    private Topic.Details details(TopicForm f) {
        var errors = new FieldErrors.Collector();
        if (f.kind() == null) {
            errors.add("kind", "请选择议题类型");
        }
        if (Text.isBlank(f.title()) || f.title().strip().length() > 200) {
            errors.add("title", "请填写议题名称（不超过200个字）");
        }
        if (f.background() != null && f.background().length() > MAX_LONG_TEXT) {
            errors.add("background", "背景介绍不能超过" + MAX_LONG_TEXT + "字");
        }
        if (f.questions() != null && f.questions().length() > MAX_LONG_TEXT) {
            errors.add("questions", "议题问题不能超过" + MAX_LONG_TEXT + "字");
        }
        if (f.audience() == null) {
            errors.add("audience", "请选择参与范围（仅委员或公开）");
        }
        if (f.opensAt() == null) {
            errors.add("opensAt", "请填写开始时间");
        }
        if (f.kind() == TopicKind.CONSULTATION && f.closesAt() == null) {
            errors.add("closesAt", "请填写截止时间（长期征集请选择“热点话题征集”）");
        }
        if (f.opensAt() != null && f.closesAt() != null && !f.closesAt().isAfter(f.opensAt())) {
            errors.add("closesAt", "截止时间须晚于开始时间");
        }
        if (f.reportThreshold() != null && (f.reportThreshold() < 1 || f.reportThreshold() > 100)) {
            errors.add("reportThreshold", "自动隐藏的举报次数须在1至100之间");
        }
        errors.throwIfAny();
        return new Topic.Details(f.kind(), f.title().strip(), Text.trimToNull(f.background()), Text.trimToNull(f.questions()), f.audience(),
                f.opensAt().atZone(clock.getZone()).toInstant(),
                f.kind() == TopicKind.CALL_FOR_IDEAS || f.closesAt() == null ? null : f.closesAt().atZone(clock.getZone()).toInstant(),
                f.moderatePublic() == null || f.moderatePublic(), f.moderateMembers() != null && f.moderateMembers(), f.reportThreshold());
    }
}
