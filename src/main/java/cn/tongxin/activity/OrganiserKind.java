package cn.tongxin.activity;

public enum OrganiserKind {
    OFFICE("机关"), SPECIAL_COMMITTEE("专门委员会"), SECTOR("界别"), STUDIO("委员工作室"), PARTY("党派团体");

    private final String label;

    OrganiserKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
