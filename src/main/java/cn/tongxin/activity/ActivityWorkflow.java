package cn.tongxin.activity;

import static cn.tongxin.activity.ActivityAction.*;
import static cn.tongxin.activity.ActivityParty.*;
import static cn.tongxin.activity.ActivityStatus.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.TransitionTable;

/**
 * The activity's lifecycle as data. Steps that leave the status as it is (报名, 签到 …) are rows too: the table says
 * in which statuses and by whom they may be taken. Two named guards narrow it further: the check-in window, and
 * whether the activity accepts observers (列席) from members who were not invited.
 */
public final class ActivityWorkflow {

    public static final TransitionTable<ActivityStatus, ActivityAction, ActivityParty> TABLE = table();

    private ActivityWorkflow() {
    }

    private static TransitionTable<ActivityStatus, ActivityAction, ActivityParty> table() {
        return TransitionTable.<ActivityStatus, ActivityAction, ActivityParty>of("该活动")
                .add(CLOSE_SIGNUP, SIGNUP_CLOSED, STAFF, SIGNUP_OPEN)
                .add(REOPEN_SIGNUP, SIGNUP_OPEN, STAFF, SIGNUP_CLOSED)
                .keep(SIGN_UP, INVITEE, SIGNUP_OPEN)
                .keep(REQUEST_LEAVE, INVITEE, SIGNUP_OPEN)
                .keep(CHECK_IN, EnumSet.of(INVITEE, MEMBER), SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY)
                .keep(DECIDE_LEAVE, STAFF, SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY, ENDED)
                .keep(MARK_PRESENT, STAFF, SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY, ENDED)
                .keep(RECORD_OUTPUT, STAFF, ActivityStatus.values())
                .add(CLOSE, CLOSED, STAFF, ENDED)
                .keep(CORRECT_ATTENDANCE, STAFF, CLOSED)
                .build();
    }

    /** The named guards a step may need beyond the table. */
    public record Guards(boolean checkInWindowOpen, boolean acceptsObservers) {

        public static final Guards ALL_PASS = new Guards(true, true);
    }

    /** What to offer someone acting as {@code as}: the table's actions, narrowed by the guards. */
    public static List<ActivityAction> offered(ActivityStatus status, Set<ActivityParty> as, Guards guards) {
        return TABLE.actions(status, as).stream().filter(a -> passes(a, as, guards)).toList();
    }

    static boolean passes(ActivityAction action, Set<ActivityParty> as, Guards guards) {
        if (action != CHECK_IN) {
            return true;
        }
        return guards.checkInWindowOpen() && (as.contains(INVITEE) || guards.acceptsObservers());
    }

    /** The step, or the refusal people already know from this module (kept word for word), else the table's own. */
    static TransitionTable.Transition<ActivityStatus, ActivityAction, ActivityParty> require(ActivityStatus status,
            ActivityAction action, Set<ActivityParty> as, Guards guards) {
        if ((action == SIGN_UP || action == REQUEST_LEAVE) && !as.contains(INVITEE)) {
            throw BusinessException.forbidden("您不在本次活动邀请名单中");
        }
        if ((action == SIGN_UP || action == REQUEST_LEAVE) && status != SIGNUP_OPEN) {
            throw BusinessException.conflict(status == SIGNUP_CLOSED ? "报名已截止" : "活动已开始，不能再报名或请假");
        }
        if (action == CHECK_IN && (TABLE.find(status, CHECK_IN).isEmpty() || !guards.checkInWindowOpen())) {
            throw BusinessException.conflict("不在签到时间内（活动开始前30分钟至结束）");
        }
        if (action == CHECK_IN && !as.contains(INVITEE) && !guards.acceptsObservers()) {
            throw BusinessException.forbidden("您不在本次活动邀请名单中，本活动不接受列席");
        }
        if (action == CLOSE && as.contains(STAFF) && (status == SIGNUP_OPEN || status == SIGNUP_CLOSED || status == UNDER_WAY)) {
            throw BusinessException.conflict("活动结束后才能归档");
        }
        if (action == CORRECT_ATTENDANCE && as.contains(STAFF) && status != CLOSED) {
            throw BusinessException.conflict("活动归档后才能更正出勤，归档前请直接审批请假或登记出席");
        }
        return TABLE.require(status, action, as);
    }
}
