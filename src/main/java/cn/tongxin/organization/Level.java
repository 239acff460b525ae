package cn.tongxin.organization;

/** Committee levels; a committee's parent is one level up. */
public enum Level {
    NATIONAL("全国"), PROVINCIAL("省"), MUNICIPAL("市"), COUNTY("县(市、区)");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level a child committee has, if any. */
    public java.util.Optional<Level> childLevel() {
        return ordinal() + 1 < values().length ? java.util.Optional.of(values()[ordinal() + 1]) : java.util.Optional.empty();
    }
}
