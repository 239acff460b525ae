package cn.tongxin.opinion;

import static cn.tongxin.opinion.OpinionStatus.*;

import java.util.List;
import java.util.Optional;

import cn.tongxin.shared.BusinessException;

/** The report lifecycle as data: status × action → status. Authors submit and revise; staff do the rest. */
public final class OpinionWorkflow {

    public enum Action {
        RESUBMIT("重新报送"), WITHDRAW("撤回"), ACCEPT("采编"), ARCHIVE("存档"), RETURN("退回"), CLUE("转提案线索"),
        EDIT("编辑"), ISSUE("编发");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Transition(OpinionStatus from, Action action, OpinionStatus to) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(RETURNED, Action.RESUBMIT, SUBMITTED),
            new Transition(SUBMITTED, Action.WITHDRAW, WITHDRAWN),
            new Transition(RETURNED, Action.WITHDRAW, WITHDRAWN),
            new Transition(SUBMITTED, Action.ACCEPT, ACCEPTED),
            new Transition(SUBMITTED, Action.ARCHIVE, ARCHIVED),
            new Transition(SUBMITTED, Action.RETURN, RETURNED),
            new Transition(SUBMITTED, Action.CLUE, CLUE),
            new Transition(ACCEPTED, Action.EDIT, EDITED),
            new Transition(EDITED, Action.ISSUE, ISSUED));

    private OpinionWorkflow() {
    }

    public static Transition require(OpinionStatus from, Action action) {
        return find(from, action).orElseThrow(() -> BusinessException.conflict(
                "该信息当前状态为“" + from.label() + "”，不能" + action.label()));
    }

    public static Optional<Transition> find(OpinionStatus from, Action action) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }
}
