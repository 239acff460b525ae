package cn.tongxin.participation;

import cn.tongxin.shared.Labelled;

/** Where a held public write stands in the moderation queue. */
public enum ModerationStatus implements Labelled {
    PENDING("待审核"), APPROVED("已通过"), REJECTED("未通过");

    private final String label;

    ModerationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
