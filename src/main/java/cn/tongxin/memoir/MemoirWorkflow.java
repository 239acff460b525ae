package cn.tongxin.memoir;

import java.util.Set;

import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/** An account's lifecycle: 已提交 → 入选 / 未入选 (the office, and back while no collection holds it); the author withdraws while 已提交. */
public final class MemoirWorkflow {

    public enum Status implements Labelled {
        SUBMITTED("已提交"), SELECTED("入选"), DECLINED("未入选"), WITHDRAWN("已撤回");

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
        EDIT("编辑"), SELECT("入选"), DECLINE("不予入选"), RECONSIDER("重新审阅"), WITHDRAW("撤回");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Party {
        OFFICE, AUTHOR
    }

    public static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("该稿件")
            .keep(Action.EDIT, Party.OFFICE, Status.SUBMITTED, Status.SELECTED)
            .add(Action.SELECT, Status.SELECTED, Party.OFFICE, Status.SUBMITTED)
            .add(Action.DECLINE, Status.DECLINED, Party.OFFICE, Status.SUBMITTED)
            .add(Action.RECONSIDER, Status.SUBMITTED, Party.OFFICE, Status.SELECTED, Status.DECLINED)
            .add(Action.WITHDRAW, Status.WITHDRAWN, Set.of(Party.AUTHOR), Status.SUBMITTED)
            .build();

    private MemoirWorkflow() {
    }
}
