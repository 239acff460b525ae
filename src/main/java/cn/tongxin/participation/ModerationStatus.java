package cn.tongxin.participation;

import cn.tongxin.shared.Labelled;

/** Where a public write stands in the moderation queue ({@link ModerationWorkflow}). */
public enum ModerationStatus implements Labelled {
    PENDING("待审核"), APPROVED("已通过"), REJECTED("未通过"), HIDDEN("已隐藏");

    private final String label;

    ModerationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether others see the subject (published, or approved into triage). */
    public boolean visible() {
        return this == APPROVED;
    }
}
