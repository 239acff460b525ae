package cn.tongxin.proposal;

import cn.tongxin.shared.Labelled;

/** The steps the office takes on several proposals at once, each one the single step per proposal. */
public enum BatchAction implements Labelled {
    FILE("批量立案"), ASSIGN("批量交办"), URGE("批量催办");

    private final String label;

    BatchAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
