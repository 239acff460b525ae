package cn.tongxin.questionnaire;

import cn.tongxin.shared.Labelled;

/** The kinds of question a questionnaire holds. */
public enum QuestionKind implements Labelled {
    SINGLE("单选题"), MULTIPLE("多选题"), TEXT("填空题"), SCALE("量表题"), MATRIX("矩阵量表题");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Answered by choosing among options (which may offer "other"). */
    public boolean choice() {
        return this == SINGLE || this == MULTIPLE;
    }

    /** Answered by a number on a scale (per row for a matrix). */
    public boolean scaled() {
        return this == SCALE || this == MATRIX;
    }
}
