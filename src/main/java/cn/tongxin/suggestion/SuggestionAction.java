package cn.tongxin.suggestion;

import cn.tongxin.shared.Labelled;

/** Steps of a micro-suggestion. */
public enum SuggestionAction implements Labelled {
    ACCEPT("受理"), REJECT("不予受理"), CONVERT("转办"), WITHDRAW("撤回"), CLOSE("办结");

    private final String label;

    SuggestionAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
