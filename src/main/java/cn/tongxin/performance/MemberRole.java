package cn.tongxin.performance;

import cn.tongxin.shared.Labelled;

/** The member's part in the source record. */
public enum MemberRole implements Labelled {
    INDIVIDUAL("个人"), LEAD("第一提案人"), CO_SIGNER("联名"), COLLECTIVE("集体主要成员");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
