package cn.tongxin.opinion;

import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/** An edited item (编辑稿): revised until a bulletin carries it; then forwarded, adopted and instructed. */
public final class ItemWorkflow {

    public enum Status implements Labelled {
        PENDING("待编发"), ISSUED("已编发");

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
        REVISE("修改编辑稿"), ISSUE("编发"), FORWARD("登记报送"), ADOPT("登记采用"), INSTRUCT("登记批示");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("该编辑稿")
            .add(Action.REVISE, Status.PENDING, Party.STAFF, Status.PENDING)
            .add(Action.ISSUE, Status.ISSUED, Party.STAFF, Status.PENDING)
            .add(Action.FORWARD, Status.ISSUED, Party.STAFF, Status.ISSUED)
            .add(Action.ADOPT, Status.ISSUED, Party.STAFF, Status.ISSUED)
            .add(Action.INSTRUCT, Status.ISSUED, Party.STAFF, Status.ISSUED)
            .build();

    private ItemWorkflow() {
    }
}
