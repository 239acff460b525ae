package cn.tongxin.suggestion;

public enum SuggestionStatus {
    SUBMITTED("待审核"), HANDLING("办理中"), REJECTED("不予受理"), CONVERTED("已转办"), CLOSED("已办结"), WITHDRAWN("已撤回");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
