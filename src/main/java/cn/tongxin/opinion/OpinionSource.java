package cn.tongxin.opinion;

public enum OpinionSource {
    MEMBER("委员"), CORRESPONDENT("特聘信息员"), PARTY_GROUP("党派团体"), UNIT("单位信息员"), STAFF("机关"),
    /** 下级政协报送: a report a lower committee submitted upward (报送上级). */
    LOWER_COMMITTEE("下级政协报送"),
    /** In the name of 无党派人士 (a non-party unit of the directory), as parties and groups report in theirs. */
    NON_PARTY("无党派人士");

    private final String label;

    OpinionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
