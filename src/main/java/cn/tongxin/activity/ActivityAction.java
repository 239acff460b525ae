package cn.tongxin.activity;

import cn.tongxin.shared.Labelled;

/** The steps of an activity after it is published (发布 creates it). */
public enum ActivityAction implements Labelled {
    CLOSE_SIGNUP("截止报名"), REOPEN_SIGNUP("重新开放报名"), SIGN_UP("报名"), REQUEST_LEAVE("请假"), DECIDE_LEAVE("审批请假"),
    CHECK_IN("签到"), MARK_PRESENT("登记出席"), RECORD_OUTPUT("登记发言或成果"), CLOSE("归档"),
    CORRECT_ATTENDANCE("更正出勤");

    private final String label;

    ActivityAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
