package cn.tongxin.rollup;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;

/**
 * The headline figures of the system statistics, each as its module defines it (DOMAIN.md §7). The names are the keys
 * of the summary table: renaming one is a migration.
 */
public enum Figure {
    PROPOSALS_RECEIVED("提案", "收到", "期间内提交的提案（不含草稿和已撤回）"),
    PROPOSALS_FILED("提案", "立案", "经审查立案的提案（并案的计入主提案）"),
    PROPOSALS_REPLIED("提案", "办复", "立案提案中全部应答复单位（单办、主办，或分办的每个单位）均已答复的"),
    PROPOSALS_KEY("提案", "重点提案", "经主席会议确定的重点提案"),
    SUGGESTIONS_RECEIVED("微建议", "收到", "期间内提出的微建议（不含撤回）"),
    SUGGESTIONS_ACCEPTED("微建议", "受理", "受理并交办的微建议"),
    SUGGESTIONS_REPLIED("微建议", "办复", "受理的微建议中承办单位已答复的"),
    OPINIONS_RECEIVED("社情民意", "收到", "期间内报送的信息（不含已撤回）"),
    OPINIONS_ISSUED("社情民意", "编发", "已编入期刊编发的原始信息"),
    OPINIONS_ADOPTED_CITY_CPPCC("社情民意", AdoptionLevel.CITY_CPPCC),
    OPINIONS_ADOPTED_CITY_PARTY_GOVERNMENT("社情民意", AdoptionLevel.CITY_PARTY_GOVERNMENT),
    OPINIONS_ADOPTED_PROVINCIAL_CPPCC("社情民意", AdoptionLevel.PROVINCIAL_CPPCC),
    OPINIONS_ADOPTED_NATIONAL_CPPCC("社情民意", AdoptionLevel.NATIONAL_CPPCC),
    OPINIONS_INSTRUCTED_CITY("社情民意", InstructionLevel.CITY),
    OPINIONS_INSTRUCTED_PROVINCIAL("社情民意", InstructionLevel.PROVINCIAL),
    OPINIONS_INSTRUCTED_NATIONAL("社情民意", InstructionLevel.NATIONAL),
    ACTIVITIES_HELD("活动", "活动", "期间内开始的活动（不含取消的）"),
    ACTIVITIES_PERSON_TIMES("活动", "人次", "出席和列席的人次"),
    ACTIVITIES_INVITED("活动", "应出席", "已结束活动的受邀人次"),
    ACTIVITIES_PRESENT("活动", "出席", "已结束活动中受邀并出席的人次");

    private final String area;
    private final String label;
    private final String definition;

    Figure(String area, String label, String definition) {
        this.area = area;
        this.label = label;
        this.definition = definition;
    }

    Figure(String area, AdoptionLevel level) {
        this(area, level.label() + "采用", "期间内被" + level.label() + "采用的信息条目（按采用日期，同一条目同一级别计一次）");
    }

    Figure(String area, InstructionLevel level) {
        this(area, level.label() + "批示", "期间内获" + level.label() + "批示的信息条目（按批示日期，同一条目同一级别计一次）");
    }

    public static Figure adopted(AdoptionLevel level) {
        return valueOf("OPINIONS_ADOPTED_" + level.name());
    }

    public static Figure instructed(InstructionLevel level) {
        return valueOf("OPINIONS_INSTRUCTED_" + level.name());
    }

    public String area() {
        return area;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }
}
