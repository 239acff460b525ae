package cn.tongxin.outcome;

public enum InstructionLevel {
    CITY("市领导"), PROVINCIAL("省领导"), NATIONAL("中央领导");

    private final String label;

    InstructionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
