package cn.tongxin.opinion;

import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/** A bulletin (《社情民意》) is assembled as a draft, then issued once with its number. */
public final class BulletinWorkflow {

    public enum Status implements Labelled {
        DRAFT("草稿"), ISSUED("已编发");

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
        ADD_ITEM("选入"), REMOVE_ITEM("移出"), ISSUE("编发");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("本期")
            .add(Action.ADD_ITEM, Status.DRAFT, Party.STAFF, Status.DRAFT)
            .add(Action.REMOVE_ITEM, Status.DRAFT, Party.STAFF, Status.DRAFT)
            .add(Action.ISSUE, Status.ISSUED, Party.STAFF, Status.DRAFT)
            .build();

    private BulletinWorkflow() {
    }
}
