package cn.tongxin.opinion;

public enum OpinionSource {
    MEMBER("委员"), CORRESPONDENT("特聘信息员"), PARTY_GROUP("党派团体"), UNIT("单位信息员"), STAFF("机关");

    private final String label;

    OpinionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
