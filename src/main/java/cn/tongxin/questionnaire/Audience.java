package cn.tongxin.questionnaire;

import cn.tongxin.shared.Labelled;

/** Who answers a questionnaire: the committee's members (logged in) or the public on the portal. */
public enum Audience implements Labelled {
    MEMBERS("本会委员"), PUBLIC("社会公众");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
