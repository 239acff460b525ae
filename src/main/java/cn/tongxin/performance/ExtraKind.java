package cn.tongxin.performance;

import cn.tongxin.shared.Labelled;

/** What a staff-added or claimed entry records (its qualifier): what no module records by itself. */
public enum ExtraKind implements Labelled {
    UPPER_ACTIVITY("参加上级政协活动"),
    DONATION("公益捐助"),
    HONOUR("获奖"),
    TRAINING("培训"),
    OTHER("其他");

    private final String label;

    ExtraKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind a form names, or empty for a blank or unknown code. */
    public static java.util.Optional<ExtraKind> parse(String code) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        for (ExtraKind k : values()) {
            if (k.name().equals(code.strip())) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
