package cn.tongxin.performance;

import cn.tongxin.shared.Labelled;

/**
 * What a record entry says the member did. Kinds in one {@link #slot()} replace each other for the same source and
 * member (an absence corrected to a leave replaces the absence); the qualifier narrows it (activity type, adoption or
 * instruction level, output kind, award kind, the category of a staff-added entry).
 */
public enum FactKind implements Labelled {
    PROPOSAL_SUBMITTED("提交提案", "SUBMITTED"),
    PROPOSAL_FILED("提案立案", "DECISION"),
    PROPOSAL_NOT_FILED("提案不予立案", "DECISION"),
    PROPOSAL_KEY("重点提案", "KEY"),
    PROPOSAL_OUTSTANDING("优秀提案", "OUTSTANDING"),
    PROPOSAL_CONVERTED("提案转社情民意", "CONVERTED"),
    REPORT_SUBMITTED("报送社情民意信息", "SUBMITTED"),
    REPORT_ACCEPTED("社情民意信息采编", "ACCEPTED"),
    REPORT_ISSUED("社情民意信息编发", "ISSUED"),
    REPORT_ADOPTED("社情民意信息被采用", "ADOPTED"),
    REPORT_INSTRUCTED("社情民意信息获批示", "INSTRUCTED"),
    SUGGESTION_SUBMITTED("提交微建议", "SUBMITTED"),
    SUGGESTION_ACCEPTED("微建议受理", "ACCEPTED"),
    ATTENDED("出席", "ATTENDANCE"),
    OBSERVED("列席", "ATTENDANCE"),
    EXCUSED("请假", "ATTENDANCE"),
    ABSENT("缺席", "ATTENDANCE"),
    SPEECH_ORAL("口头发言", "SPEECH"),
    SPEECH_WRITTEN("书面发言", "SPEECH"),
    AUTHORED("撰写成果", "AUTHORED"),
    OUTPUT_ADOPTED("成果被采用", "ADOPTED"),
    OUTPUT_INSTRUCTED("成果获批示", "INSTRUCTED"),
    AWARDED("获评表彰", "AWARDED"),
    PUBLIC_SERVICE("为民办实事", "PUBLIC_SERVICE"),
    READING_NOTE("读书打卡", "READING"),
    EXTRA("其他履职", "EXTRA"),
    DUTY_ANSWERED("值班答复", "DUTY"),
    DUTY_CONVERTED("值班留言转办", "DUTY"),
    FRONTLINE_SOLVED("一线协商解决问题", "FRONTLINE_SOLVED"),
    MEMOIR_SELECTED("文史资料被选用", "MEMOIR_SELECTED");

    private final String label;
    private final String slot;

    FactKind(String label, String slot) {
        this.label = label;
        this.slot = slot;
    }

    @Override
    public String label() {
        return label;
    }

    /** The replacement group: one entry per member, source and slot. */
    public String slot() {
        return slot;
    }
}
