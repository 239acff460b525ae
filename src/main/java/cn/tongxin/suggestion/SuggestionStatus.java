package cn.tongxin.suggestion;

import cn.tongxin.shared.Labelled;

public enum SuggestionStatus implements Labelled {
    SUBMITTED("待审核"), HANDLING("办理中"), REJECTED("不予受理"), CONVERTED("已转办"), CLOSED("已办结"), WITHDRAWN("已撤回");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
