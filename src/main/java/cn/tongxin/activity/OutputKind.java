package cn.tongxin.activity;

public enum OutputKind {
    SPEECH_ORAL("口头发言"), SPEECH_WRITTEN("书面发言"), RESEARCH_REPORT("调研报告"), INSPECTION_REPORT("视察报告"),
    FORMAL_RECOMMENDATION("建议案"), CONSULTATION_SUMMARY("协商成果"), SUPERVISION_OPINION("监督意见书");

    private final String label;

    OutputKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Outputs that usually need a government response (协商成果办理反馈). */
    public boolean mayNeedResponse() {
        return this == FORMAL_RECOMMENDATION || this == CONSULTATION_SUMMARY || this == SUPERVISION_OPINION;
    }
}
