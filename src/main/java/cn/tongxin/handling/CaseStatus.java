package cn.tongxin.handling;

public enum CaseStatus {
    HANDLING("办理中"), REPLIED("已办复"), CLOSED("已办结");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
