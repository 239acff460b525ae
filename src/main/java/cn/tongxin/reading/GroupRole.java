package cn.tongxin.reading;

import cn.tongxin.shared.Labelled;

/** A member's part in a reading group; every part may post notes. */
public enum GroupRole implements Labelled {
    OWNER("群主"), LEADER("领读人"), LIAISON("联络员"), READER("成员");

    private final String label;

    GroupRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
