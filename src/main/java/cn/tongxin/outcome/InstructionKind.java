package cn.tongxin.outcome;

import cn.tongxin.shared.Labelled;

/** What a leader wrote on a subject: a 批示 (a written instruction) or a 签批 (a sign-off). */
public enum InstructionKind implements Labelled {
    INSTRUCTION("批示"), SIGN_OFF("签批");

    private final String label;

    InstructionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
