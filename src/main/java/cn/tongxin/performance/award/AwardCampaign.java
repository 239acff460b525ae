package cn.tongxin.performance.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.performance.award.AwardWorkflow.Action;
import cn.tongxin.performance.award.AwardWorkflow.Party;
import cn.tongxin.performance.award.AwardWorkflow.Status;
import cn.tongxin.shared.BusinessException;

/**
 * One 评选 of a committee, year and kind. Each step checks {@link AwardWorkflow#TABLE}; the decision keeps 优秀委员
 * within the quota the committee's setting gave when the campaign was set up.
 */
@Table("award_campaign")
public class AwardCampaign {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    int year;
    AwardKind kind;
    String title;
    Status status;
    Integer quota;
    String createdBy;
    Instant createdAt;
    LocalDate publishedOn;

    AwardCampaign() {
    }

    static AwardCampaign setUp(long committeeId, int year, AwardKind kind, String title, Integer quota, String by, Instant at) {
        var c = new AwardCampaign();
        c.committeeId = committeeId;
        c.year = year;
        c.kind = kind;
        c.title = title;
        c.quota = quota;
        c.status = Status.DRAFT;
        c.createdBy = by;
        c.createdAt = at;
        return c;
    }

    /** Checks a step that keeps the status (nominating, shortlisting, removing). */
    void check(Action action, Set<Party> as) {
        AwardWorkflow.TABLE.require(status, action, as);
    }

    void open(Set<Party> as) {
        status = AwardWorkflow.TABLE.require(status, Action.OPEN, as).to();
    }

    void startReview(Set<Party> as) {
        status = AwardWorkflow.TABLE.require(status, Action.START_REVIEW, as).to();
    }

    void decide(int winners, Set<Party> as) {
        var step = AwardWorkflow.TABLE.require(status, Action.DECIDE, as);
        if (winners == 0) {
            throw BusinessException.invalid("请选择获评的候选");
        }
        if (quota != null && winners > quota) {
            throw BusinessException.invalid(kind.label() + "名额为" + quota + "名，已选" + winners + "名，超出名额");
        }
        status = step.to();
    }

    void publish(LocalDate on, Set<Party> as) {
        status = AwardWorkflow.TABLE.require(status, Action.PUBLISH, as).to();
        publishedOn = on;
    }

    void cancel(Set<Party> as) {
        status = AwardWorkflow.TABLE.require(status, Action.CANCEL, as).to();
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public int year() {
        return year;
    }

    public AwardKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Status status() {
        return status;
    }

    public Integer quota() {
        return quota;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }
}
