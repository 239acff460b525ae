package cn.tongxin.opinion;

import cn.tongxin.shared.Labelled;

public enum OpinionStatus implements Labelled {
    SUBMITTED("待处理"), ACCEPTED("已采编"), ARCHIVED("已存档"), RETURNED("已退回"), CLUE("转提案线索"),
    EDITED("已编辑"), ISSUED("已编发"), WITHDRAWN("已撤回");

    private final String label;

    OpinionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
