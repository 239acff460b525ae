package cn.tongxin.organization;

/** A 委员工作室's level of recognition (V28); a studio may have none yet (未定级). */
public enum StudioLevel {
    PROVINCIAL_MODEL("省级示范性"), CITY_MODEL("市级示范性"), COUNTY_MODEL("县级示范性"), ORDINARY("普通");

    public static final String NONE_LABEL = "未定级";

    private final String label;

    StudioLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
