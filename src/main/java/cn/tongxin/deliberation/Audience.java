package cn.tongxin.deliberation;

import cn.tongxin.shared.Labelled;

/** Who may read and comment: members only, or also citizens on the public portal. */
public enum Audience implements Labelled {
    MEMBERS("仅委员"), PUBLIC("公开");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
