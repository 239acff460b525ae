package cn.tongxin.performance.dutyreport;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.performance.dutyreport.DutyReportWorkflow.Party;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/**
 * A member's annual duty report (年度履职报告). Every step checks {@link DutyReportWorkflow#TABLE}; the figures are
 * frozen (as JSON) when the member submits.
 */
@Table("duty_report")
public class DutyReport {

    static final int SUMMARY_MAX = 10000;
    static final int PLANS_MAX = 3000;

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    long memberId;
    int year;
    DutyReportStatus status;
    String summary;
    String plans;
    String returnReason;
    String figures;
    Instant createdAt;
    Instant submittedAt;
    Instant reviewedAt;
    Instant publishedAt;
    Instant updatedAt;

    DutyReport() {
    }

    /** The member's text; {@code version} is the one the member's form was read at (a stale one is a 409). */
    void edit(int version, String summary, String plans, Instant now) {
        step(DutyReportAction.EDIT, Party.MEMBER);
        checkVersion(version);
        this.summary = summary == null ? "" : summary.strip();
        this.plans = plans == null ? "" : plans.strip();
        updatedAt = now;
    }

    void submit(String frozenFigures, Instant now) {
        DutyReportWorkflow.TABLE.require(status, DutyReportAction.SUBMIT, Set.of(Party.MEMBER));
        if (Text.isBlank(summary)) {
            throw BusinessException.invalid("请先填写履职总结再提交");
        }
        step(DutyReportAction.SUBMIT, Party.MEMBER);
        figures = frozenFigures;
        returnReason = null;
        submittedAt = now;
        updatedAt = now;
    }

    void returnForRevision(String reason, Instant now) {
        DutyReportWorkflow.TABLE.require(status, DutyReportAction.RETURN, Set.of(Party.STAFF));
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写退回修改的理由");
        }
        if (reason.strip().length() > 1000) {
            throw BusinessException.invalid("退回理由不能超过1000个字");
        }
        step(DutyReportAction.RETURN, Party.STAFF);
        returnReason = reason.strip();
        reviewedAt = now;
        updatedAt = now;
    }

    void accept(Instant now) {
        step(DutyReportAction.ACCEPT, Party.STAFF);
        reviewedAt = now;
        updatedAt = now;
    }

    void publish(Instant now) {
        step(DutyReportAction.PUBLISH, Party.STAFF);
        publishedAt = now;
        updatedAt = now;
    }

    private void checkVersion(int expected) {
        if (version != null && version != expected) {
            throw BusinessException.conflict("该履职报告已在别处修改（例如另一个窗口），请复制好您的文字后刷新页面再保存");
        }
    }

    private void step(DutyReportAction action, Party by) {
        status = DutyReportWorkflow.TABLE.require(status, action, Set.of(by)).to();
    }

    public Long id() { return id; }
    public int version() { return version == null ? 0 : version; }
    public long committeeId() { return committeeId; }
    public long memberId() { return memberId; }
    public int year() { return year; }
    public DutyReportStatus status() { return status; }
    public String summary() { return summary; }
    public String plans() { return plans; }
    public String returnReason() { return returnReason; }
    String figures() { return figures; }
    public Instant submittedAt() { return submittedAt; }
    public Instant publishedAt() { return publishedAt; }
}
