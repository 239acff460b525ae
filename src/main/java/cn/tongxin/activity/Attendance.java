package cn.tongxin.activity;

/** Attendance of one person at one activity, derived from invitation, leave and check-in. */
public enum Attendance {
    PRESENT("出席"), EXCUSED("请假"), ABSENT("缺席"), OBSERVER("列席"), NOT_YET("未签到");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rule: checked in → present (列席 when not invited); else approved leave → excused; else after the end → absent. */
    public static Attendance of(boolean invited, boolean checkedIn, boolean leaveApproved, boolean ended) {
        if (checkedIn) {
            return invited ? PRESENT : OBSERVER;
        }
        if (leaveApproved) {
            return EXCUSED;
        }
        return ended ? ABSENT : NOT_YET;
    }
}
