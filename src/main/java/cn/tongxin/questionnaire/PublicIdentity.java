package cn.tongxin.questionnaire;

import cn.tongxin.shared.Labelled;

/**
 * How a public questionnaire tells one respondent from another, to take one answer each: the phone they give (kept only
 * as its blind index) or a random token in a cookie of their browser.
 */
public enum PublicIdentity implements Labelled {
    PHONE("每个手机号一份"), DEVICE("每台设备一份");

    private final String label;

    PublicIdentity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
