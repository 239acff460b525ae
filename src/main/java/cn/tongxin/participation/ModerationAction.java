package cn.tongxin.participation;

import cn.tongxin.shared.Labelled;

/** A moderator's decisions, the automatic hiding after reports, and an author's edit that goes back to the queue. */
public enum ModerationAction implements Labelled {
    APPROVE("审核通过"), REJECT("审核不通过"), HIDE("隐藏"), HIDE_ON_REPORTS("因举报自动隐藏"), UNDO("撤销审核决定"),
    RESUBMIT("修改后重新送审");

    private final String label;

    ModerationAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
