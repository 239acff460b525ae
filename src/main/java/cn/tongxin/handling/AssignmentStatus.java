package cn.tongxin.handling;

import cn.tongxin.shared.Labelled;

public enum AssignmentStatus implements Labelled {
    ASSIGNED("待签收"), ACKNOWLEDGED("办理中"), REPLIED("已答复"), OPINION_SENT("已提交会办意见"), WITHDRAWN("已调整");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean active() {
        return this != WITHDRAWN;
    }
}
