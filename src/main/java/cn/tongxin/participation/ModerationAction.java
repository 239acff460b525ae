package cn.tongxin.participation;

import cn.tongxin.shared.Labelled;

/** A moderator's decisions, and the automatic hiding after reports. */
public enum ModerationAction implements Labelled {
    APPROVE("审核通过"), REJECT("审核不通过"), HIDE("隐藏"), HIDE_ON_REPORTS("因举报自动隐藏"), UNDO("撤销审核决定");

    private final String label;

    ModerationAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
