package cn.tongxin.handling;

public enum AssignmentStatus {
    ASSIGNED("待签收"), ACKNOWLEDGED("办理中"), REPLIED("已答复"), OPINION_SENT("已提交会办意见"), WITHDRAWN("已调整");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return this != WITHDRAWN;
    }
}
