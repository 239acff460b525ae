package cn.tongxin.handling;

import cn.tongxin.shared.Labelled;

public enum CaseStatus implements Labelled {
    HANDLING("办理中"), REPLIED("已办复"), CLOSED("已办结");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
