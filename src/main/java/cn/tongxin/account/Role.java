package cn.tongxin.account;

/** Roles a user may hold; one user may hold several. */
public enum Role {
    ADMIN("系统管理员"),
    STAFF("工作人员"),
    MEMBER("委员"),
    UNIT("承办单位"),
    LEADER("领导"),
    CORRESPONDENT("特聘信息员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
