package cn.tongxin.activity;

import java.util.List;
import java.util.Set;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/** 年度协商计划 topic lifecycle: 计划 → 已开展 (an activity carried it out) → 已反馈 (the government's feedback came back). */
public final class PlanItemWorkflow {

    public enum Status implements Labelled {
        PLANNED("计划"), DONE("已开展"), FEEDBACK("已反馈");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Action implements Labelled {
        CARRY_OUT("关联活动"), RECORD_FEEDBACK("登记反馈");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Staff keep the plan; leaders read it. */
    public enum Party {
        STAFF, LEADER
    }

    public static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("该议题")
            .add(Action.CARRY_OUT, Status.DONE, Party.STAFF, Status.PLANNED)
            .add(Action.RECORD_FEEDBACK, Status.FEEDBACK, Party.STAFF, Status.DONE)
            .build();

    private PlanItemWorkflow() {
    }

    public static List<Action> offered(Status status, Set<Party> as) {
        return TABLE.actions(status, as);
    }

    /** The step, with the refusals people already know from the plan page (kept word for word). */
    static Status require(Status from, Action action, Set<Party> as) {
        if (as.contains(Party.STAFF) && TABLE.find(from, action).isEmpty()) {
            throw BusinessException.conflict(action == Action.CARRY_OUT ? "只有“计划”状态的议题可以关联开展的活动" : "议题开展后才能登记反馈");
        }
        return TABLE.require(from, action, as).to();
    }
}
