package cn.tongxin.rollup;

/** A rate of two figures; over several committees, the sum of numerators over the sum of denominators. */
public enum Rate {
    PROPOSAL_REPLY_RATE("提案", "办复率", Figure.PROPOSALS_REPLIED, Figure.PROPOSALS_FILED, "办复数 ÷ 立案数"),
    SUGGESTION_REPLY_RATE("微建议", "办复率", Figure.SUGGESTIONS_REPLIED, Figure.SUGGESTIONS_ACCEPTED, "办复数 ÷ 受理数"),
    ATTENDANCE_RATE("活动", "出席率", Figure.ACTIVITIES_PRESENT, Figure.ACTIVITIES_INVITED, "出席人次 ÷ 应出席人次（已结束的活动）");

    private final String area;
    private final String label;
    private final Figure numerator;
    private final Figure denominator;
    private final String definition;

    Rate(String area, String label, Figure numerator, Figure denominator, String definition) {
        this.area = area;
        this.label = label;
        this.numerator = numerator;
        this.denominator = denominator;
        this.definition = definition;
    }

    public String area() {
        return area;
    }

    public String label() {
        return label;
    }

    public Figure numerator() {
        return numerator;
    }

    public Figure denominator() {
        return denominator;
    }

    public String definition() {
        return definition;
    }
}
