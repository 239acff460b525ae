package cn.tongxin.activity;

import cn.tongxin.shared.Labelled;

/**
 * Where an activity stands. 报名中, 报名截止 and 已归档 are stored; 进行中 and 已结束 follow from its start and end
 * (nobody has to press a button when a meeting begins). 归档 fixes attendance: absences are facts from then on.
 */
public enum ActivityStatus implements Labelled {
    SIGNUP_OPEN("报名中"), SIGNUP_CLOSED("报名截止"), UNDER_WAY("进行中"), ENDED("已结束"), CLOSED("已归档");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The statuses kept in the database; the others are read off the clock. */
    public boolean stored() {
        return this == SIGNUP_OPEN || this == SIGNUP_CLOSED || this == CLOSED;
    }
}
