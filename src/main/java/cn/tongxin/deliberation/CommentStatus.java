package cn.tongxin.deliberation;

import cn.tongxin.shared.Labelled;

/** Where a comment stands, as its moderation says; others see published ones, and hidden ones as a placeholder. */
public enum CommentStatus implements Labelled {
    PENDING("待审核"), PUBLISHED("已公开"), REJECTED("未通过"), HIDDEN("已隐藏");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
