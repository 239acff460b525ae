package cn.tongxin.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.shared.BusinessException;

/**
 * A deliberation topic and its lifecycle ({@link TopicWorkflow}): every step checks the table first. Comments are rows
 * of their own (they come by the thousand); the topic guards whether one may be written now.
 */
@Table("deliberation_topic")
public class Topic extends AbstractAggregateRoot<Topic> {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    TopicKind kind;
    Long activityId;
    String activityTitle;
    String title;
    String background;
    String questions;
    Audience audience;
    Instant opensAt;
    Instant closesAt;
    TopicStatus status;
    boolean moderatePublic;
    boolean moderateMembers;
    Integer reportThreshold;
    String summary;
    String summaryBy;
    Instant summaryAt;
    Long outputId;
    String createdBy;
    Instant createdAt;

    Topic() {
    }

    /** The checked details of a topic. */
    record Details(TopicKind kind, String title, String background, String questions, Audience audience, Instant opensAt,
                   Instant closesAt, boolean moderatePublic, boolean moderateMembers, Integer reportThreshold) {
    }

    static Topic create(long committeeId, Long activityId, String activityTitle, Details d, String by, Instant now) {
        var t = new Topic();
        t.committeeId = committeeId;
        t.activityId = activityId;
        t.activityTitle = activityTitle;
        t.status = TopicStatus.SCHEDULED;
        t.createdBy = by;
        t.createdAt = now;
        t.apply(d);
        return t;
    }

    private void apply(Details d) {
        kind = d.kind();
        title = d.title();
        background = d.background();
        questions = d.questions();
        audience = d.audience();
        opensAt = d.opensAt();
        closesAt = d.closesAt();
        moderatePublic = d.moderatePublic();
        moderateMembers = d.moderateMembers();
        reportThreshold = d.reportThreshold();
    }

    /** The status now: the stored one moved on by the window (a standing call has no close date). */
    public TopicStatus status(Instant now) {
        if (status == TopicStatus.CLOSED) {
            return TopicStatus.CLOSED;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return TopicStatus.CLOSED;
        }
        if (status == TopicStatus.OPEN || !now.isBefore(opensAt)) {
            return TopicStatus.OPEN;
        }
        return TopicStatus.SCHEDULED;
    }

    /** What someone acting as {@code as} may do now. */
    public List<TopicAction> offered(Set<TopicParty> as, Instant now) {
        return TopicWorkflow.TABLE.actions(status(now), as);
    }

    /** Checks a step against the table; a step to another status stores it. */
    TopicStatus take(TopicAction action, Set<TopicParty> as, Instant now) {
        TopicStatus from = status(now);
        if (action == TopicAction.COMMENT && from != TopicStatus.OPEN) {
            throw BusinessException.conflict(from == TopicStatus.SCHEDULED ? "该议题尚未开始，暂不能留言" : "该议题已结束，不能再留言");
        }
        var step = TopicWorkflow.TABLE.require(from, action, as);
        if (step.to() != from) {
            status = step.to();
        }
        return from;
    }

    void edit(Details d, Set<TopicParty> as, Instant now) {
        take(TopicAction.EDIT, as, now);
        apply(d);
        if (status == TopicStatus.OPEN && opensAt.isAfter(now)) {
            opensAt = now;
        }
    }

    /** 开始: opens now, before the window's start. */
    void start(Set<TopicParty> as, Instant now) {
        take(TopicAction.START, as, now);
        opensAt = now;
    }

    /** 结束: closes now (a standing call ends here too). */
    void close(Set<TopicParty> as, Instant now) {
        take(TopicAction.CLOSE, as, now);
        closesAt = now;
    }

    /** 重新开放: open again until {@code until} (none for a standing call). */
    void reopen(Instant until, Set<TopicParty> as, Instant now) {
        take(TopicAction.REOPEN, as, now);
        if (until != null && !until.isAfter(now)) {
            throw BusinessException.invalid("重新开放的截止时间须晚于现在");
        }
        if (until == null && kind == TopicKind.CONSULTATION) {
            throw BusinessException.invalid("请填写重新开放的截止时间");
        }
        closesAt = until;
    }

    void writeSummary(String text, String by, Set<TopicParty> as, Instant now) {
        take(TopicAction.WRITE_SUMMARY, as, now);
        summary = text;
        summaryBy = by;
        summaryAt = now;
    }

    /** Checks that the best comments may become an output of the activity now, once. */
    void checkOutput(Set<TopicParty> as, Instant now) {
        take(TopicAction.MAKE_OUTPUT, as, now);
        if (activityId == null) {
            throw BusinessException.conflict("该议题没有关联协商活动，不能转为活动成果");
        }
        if (outputId != null) {
            throw BusinessException.conflict("该议题已转为活动成果");
        }
        if (summary == null || summary.isBlank()) {
            throw BusinessException.conflict("请先撰写议题总结，再转为活动成果");
        }
    }

    void outputRecorded(long output) {
        outputId = output;
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public TopicKind kind() {
        return kind;
    }

    public Long activityId() {
        return activityId;
    }

    public String activityTitle() {
        return activityTitle;
    }

    public String title() {
        return title;
    }

    public String background() {
        return background;
    }

    public String questions() {
        return questions;
    }

    public Audience audience() {
        return audience;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public boolean moderatePublic() {
        return moderatePublic;
    }

    public boolean moderateMembers() {
        return moderateMembers;
    }

    public Integer reportThreshold() {
        return reportThreshold;
    }

    public String summary() {
        return summary;
    }

    public String summaryBy() {
        return summaryBy;
    }

    public Instant summaryAt() {
        return summaryAt;
    }

    public Long outputId() {
        return outputId;
    }

    public Integer version() {
        return version;
    }
}
