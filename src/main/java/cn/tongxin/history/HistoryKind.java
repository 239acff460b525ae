package cn.tongxin.history;

import cn.tongxin.shared.Labelled;

/** What a history file holds; one template and one import per kind. */
public enum HistoryKind implements Labelled {
    PROPOSALS("历史提案", "proposals"), OPINION_REPORTS("历史社情民意信息", "opinion-reports"), ACTIVITIES("历史履职活动", "activities"),
    OUTPUTS("历史履职成果", "outputs");

    private final String label;
    private final String slug;

    HistoryKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind's name in URLs, e.g. {@code /history/imports/proposals}. */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<HistoryKind> fromSlug(String slug) {
        for (HistoryKind k : values()) {
            if (k.slug.equals(slug)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
