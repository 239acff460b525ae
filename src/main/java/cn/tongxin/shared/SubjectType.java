package cn.tongxin.shared;

/**
 * The kinds of record that the timeline, attachments, outcomes and the handling engine refer to by type and id. The
 * one typed reference to subjects: stored by {@link #name()}, never spelled as a string elsewhere.
 */
public enum SubjectType implements Labelled {
    PROPOSAL("提案"),
    MICRO_SUGGESTION("微建议"),
    OPINION_REPORT("社情民意信息"),
    OPINION_ITEM("社情民意编发稿"),
    ACTIVITY("履职活动"),
    ACTIVITY_OUTPUT("活动成果"),
    HANDLING_REPLY("答复函"),
    PERFORMANCE_ENTRY("履职记录"),
    AWARD_CANDIDATE("评选候选"),
    DUTY_REPORT("年度履职报告"),
    PROPOSAL_BATCH("提案批量处理"),
    CITIZEN_OPINION("群众意见建议"),
    STUDIO_DEED("为民办实事"),
    DELIBERATION_COMMENT("网络议政留言"),
    QUESTIONNAIRE("问卷"),
    QUESTIONNAIRE_RESPONSE("问卷答卷"),
    NEWS_ARTICLE("新闻"),
    FRONTLINE_POINT("一线协商点"),
    FRONTLINE_PROBLEM("一线协商问题"),
    MEMOIR("文史资料稿件"),
    DUTY_QUESTION("委员值班留言"),
    READING_NOTE("读书打卡"),
    READING_COMMENT("读书打卡评论");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
