package cn.tongxin.opinion;

public enum OpinionStatus {
    SUBMITTED("待处理"), ACCEPTED("已采编"), ARCHIVED("已存档"), RETURNED("已退回"), CLUE("转提案线索"),
    EDITED("已编辑"), ISSUED("已编发"), WITHDRAWN("已撤回");

    private final String label;

    OpinionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
