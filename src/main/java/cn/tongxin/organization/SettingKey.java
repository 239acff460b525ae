package cn.tongxin.organization;

/**
 * Per-committee settings with the defaults of the regulations (DOMAIN.md). Stored values override the defaults;
 * every change is audited.
 */
public enum SettingKey {
    PROPOSAL_BODY_MAX_CHARS("提案", "提案正文字数上限", "字", 3000, 500, 20000),
    SESSION_PROPOSAL_LEAD_MONTHS("提案", "大会提案提前征集", "个月", 3, 0, 12),
    COSIGN_DEADLINE_DAYS("提案", "联名确认期限（自邀请起）", "天", 3, 1, 30),
    TWO_STEP_REVIEW("提案", "两级审查（初审、复审）", "", 0, 0, 1),
    OBJECTION_WINDOW_DAYS("办理", "申请调整期限（自交办起）", "天", 7, 1, 30),
    REPLY_DEADLINE_MONTHS("办理", "办理期限（自交办起）", "个月", 3, 1, 12),
    EXTENSION_TOTAL_MAX_MONTHS("办理", "含延期的办理总期限上限", "个月", 6, 1, 24),
    CO_HANDLER_OPINION_MONTHS("办理", "会办单位意见期限", "个月", 1, 1, 6),
    RATING_WINDOW_DAYS("办理", "评价期限（自答复起）", "天", 15, 1, 90),
    REHANDLE_DEADLINE_MONTHS("办理", "重新办理期限", "个月", 1, 1, 6),
    DUE_SOON_DAYS("办理", "即将到期提醒（到期前）", "天", 7, 1, 30),
    MICRO_SUGGESTION_MAX_CHARS("微建议", "微建议字数上限", "字", 800, 100, 5000),
    MICRO_SUGGESTION_REPLY_WORKING_DAYS("微建议", "微建议答复期限", "个工作日", 15, 1, 60),
    OPINION_REPORT_MAX_CHARS("社情民意", "社情民意信息字数上限", "字", 1500, 200, 10000),
    OUTSTANDING_MEMBER_QUOTA_PERCENT("履职", "优秀委员名额比例（占在任委员）", "%", 8, 1, 20),
    DUTY_REPORT_REQUIRED_FOR_STANDING("履职", "常委须提交年度履职报告", "", 1, 0, 1),
    /** Off: 2026年11月25日 (GB/T 9704-2012); on: 二〇二六年十一月二十五日. */
    DOCUMENT_DATE_IN_CHINESE_NUMERALS("公文", "公文日期用汉字书写（如二〇二六年十一月二十五日；关闭时写作2026年11月25日）", "", 0, 0, 1),
    PUBLIC_TEXT_MAX_CHARS("公众参与", "群众留言字数上限", "字", 1000, 50, 5000),
    PUBLIC_WRITES_PER_ADDRESS_PER_HOUR("公众参与", "同一网络地址每小时提交次数上限", "次", 10, 1, 1000),
    PUBLIC_WRITES_PER_PHONE_PER_DAY("公众参与", "同一手机号每天提交次数上限", "次", 5, 1, 100),
    PUBLIC_LOOKUPS_PER_ADDRESS_PER_HOUR("公众参与", "同一网络地址每小时查询进度次数上限", "次", 30, 1, 1000),
    PUBLIC_PRE_MODERATION("公众参与", "群众提交先审后发（新建栏目的默认值）", "", 1, 0, 1),
    /** 0: comments cannot be edited. */
    COMMENT_EDIT_MINUTES("网络议政", "留言发表后作者可修改的时限（0 为不可修改）", "分钟", 10, 0, 1440);

    private final String group;
    private final String label;
    private final String unit;
    private final int defaultValue;
    private final int min;
    private final int max;

    SettingKey(String group, String label, String unit, int defaultValue, int min, int max) {
        this.group = group;
        this.label = label;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String group() { return group; }
    public String label() { return label; }
    public String unit() { return unit; }
    public int defaultValue() { return defaultValue; }
    public int min() { return min; }
    public int max() { return max; }

    /** A switch (0 = off, 1 = on) rather than a number. */
    public boolean isSwitch() {
        return min == 0 && max == 1;
    }
}
