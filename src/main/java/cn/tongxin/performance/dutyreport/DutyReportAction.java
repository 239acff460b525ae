package cn.tongxin.performance.dutyreport;

import cn.tongxin.shared.Labelled;

/** What people do to a duty report. */
public enum DutyReportAction implements Labelled {
    EDIT("修改"), SUBMIT("提交"), RETURN("退回修改"), ACCEPT("审核通过"), PUBLISH("公开");

    private final String label;

    DutyReportAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
