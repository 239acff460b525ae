package cn.tongxin.outcome;

public enum AdoptionLevel {
    CITY_CPPCC("市政协"), CITY_PARTY_GOVERNMENT("市委市政府"), PROVINCIAL_CPPCC("省政协"), NATIONAL_CPPCC("全国政协");

    private final String label;

    AdoptionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
