package cn.tongxin.handling;

public enum UnitRole {
    SOLE("单办"), LEAD("主办"), CO("会办"), SPLIT("分办");

    private final String label;

    UnitRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Units in this role write a reply; co-handling units send an opinion to the lead instead. */
    public boolean replies() {
        return this != CO;
    }
}
