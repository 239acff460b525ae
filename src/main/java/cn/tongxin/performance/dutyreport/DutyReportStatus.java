package cn.tongxin.performance.dutyreport;

import cn.tongxin.shared.Labelled;

/** Where a duty report stands: drafted by the member, submitted, returned for revision, accepted, published. */
public enum DutyReportStatus implements Labelled {
    DRAFT("草稿"), SUBMITTED("已提交"), RETURNED("已退回"), ACCEPTED("已审核"), PUBLISHED("已公开");

    private final String label;

    DutyReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Submitted for the year: what the 常委 requirement asks for. A draft or a returned report does not count. */
    public boolean handedIn() {
        return this == SUBMITTED || this == ACCEPTED || this == PUBLISHED;
    }
}
