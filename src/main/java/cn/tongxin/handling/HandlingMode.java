package cn.tongxin.handling;

public enum HandlingMode {
    SOLE("单办"), LEAD_WITH_CO("主办+会办"), SPLIT("分办");

    private final String label;

    HandlingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
