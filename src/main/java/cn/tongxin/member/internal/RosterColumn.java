package cn.tongxin.member.internal;

/** The columns of the roster .xlsx, in export order; import finds them by their Chinese header. */
enum RosterColumn {
    NAME("姓名", true),
    GENDER("性别", true),
    ETHNICITY("民族", false),
    BIRTH_DATE("出生日期", false),
    AFFILIATION("党派", false),
    SECTOR("界别", false),
    SPECIAL_COMMITTEE("专委会", false),
    STUDIO("委员工作室", false),
    EMPLOYER_TITLE("工作单位及职务", false),
    MOBILE("手机", true),
    STANDING("是否常委", false),
    TERM("届次", false),
    STATUS("状态", false);

    final String header;
    final boolean required;

    RosterColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }
}
