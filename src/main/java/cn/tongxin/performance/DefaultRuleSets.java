package cn.tongxin.performance;

import static cn.tongxin.performance.MemberRole.CO_SIGNER;
import static cn.tongxin.performance.MemberRole.INDIVIDUAL;
import static cn.tongxin.performance.MemberRole.LEAD;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongxin.performance.RuleSet.Category;
import cn.tongxin.performance.RuleSet.Grade;
import cn.tongxin.performance.RuleSet.Item;
import cn.tongxin.performance.RuleSet.Minimum;
import cn.tongxin.performance.RuleSet.Share;

/**
 * The two rule sets committees recognise, to start from: base-and-deduct (as in 桐城: the categories' caps add up to
 * the full 100 points, unexcused absences deduct) and accumulate (every duty adds points, no ceiling).
 */
public final class DefaultRuleSets {

    public static final String BASE_AND_DEDUCT = "BASE_AND_DEDUCT";
    public static final String ACCUMULATE = "ACCUMULATE";

    private static final Set<String> MEETINGS_SCORED_APART = Set.of("PLENARY", "STANDING_COMMITTEE");

    private DefaultRuleSets() {
    }

    public static Map<String, RuleSet> all() {
        var all = new LinkedHashMap<String, RuleSet>();
        all.put(BASE_AND_DEDUCT, baseAndDeduct());
        all.put(ACCUMULATE, accumulate());
        return all;
    }

    /**
     * 基础分加扣分（满分100）: 全体会议 50 出席 / 30 请假 / 0 缺席; 常委会议 请假 −2, 缺席 −5; other activities 2 each
     * (cap 10, with 值班答复 1, 转办 2 and 一线协商解决问题 2 each); proposals 10 submitted + 15 filed, the first proposer half and co-signers share the rest (cap 25);
     * opinion reports 10 each + 5 adopted (cap 15); grades 优秀 ≥ 90, 良好 ≥ 80, 称职 ≥ 60, 不称职 below.
     */
    public static RuleSet baseAndDeduct() {
        return new RuleSet("基础分加扣分制（满分100分）", BigDecimal.ZERO, BigDecimal.ZERO, n(100),
                List.of(new Category("PLENARY", "全体会议", n(50)), new Category("ACTIVITIES", "会议和活动", n(10)),
                        new Category("PROPOSALS", "提案", n(25)), new Category("OPINION", "社情民意信息", n(15)),
                        new Category("DEDUCTION", "扣分", null)),
                List.of(
                        item("PLENARY_ATTENDED", "出席全体会议", "PLENARY", FactKind.ATTENDED, Set.of("PLENARY"), all(50), null),
                        item("PLENARY_EXCUSED", "全体会议请假", "PLENARY", FactKind.EXCUSED, Set.of("PLENARY"), all(30), null),
                        item("PLENARY_ABSENT", "全体会议缺席", "PLENARY", FactKind.ABSENT, Set.of("PLENARY"), all(0), null),
                        item("STANDING_EXCUSED", "常委会议请假", "DEDUCTION", FactKind.EXCUSED, Set.of("STANDING_COMMITTEE"), all(-2), null),
                        item("STANDING_ABSENT", "常委会议缺席", "DEDUCTION", FactKind.ABSENT, Set.of("STANDING_COMMITTEE"), all(-5), null),
                        item("ACTIVITY_ATTENDED", "参加会议和活动", "ACTIVITIES", FactKind.ATTENDED, otherActivities(), all(2), null),
                        item("ACTIVITY_OBSERVED", "列席会议和活动", "ACTIVITIES", FactKind.OBSERVED, otherActivities(), all(2), null),
                        new Item("PROPOSAL_SUBMITTED", "提交提案", "PROPOSALS", FactKind.PROPOSAL_SUBMITTED, Set.of(),
                                Map.of(INDIVIDUAL, n(10), LEAD, n(10)), Share.LEAD_HALF, null),
                        new Item("PROPOSAL_FILED", "提案立案", "PROPOSALS", FactKind.PROPOSAL_FILED, Set.of(),
                                Map.of(INDIVIDUAL, n(15), LEAD, n(15)), Share.LEAD_HALF, null),
                        item("REPORT_SUBMITTED", "报送社情民意信息", "OPINION", FactKind.REPORT_SUBMITTED, Set.of(), all(10), null),
                        item("REPORT_ADOPTED", "社情民意信息被采用", "OPINION", FactKind.REPORT_ADOPTED, Set.of(), all(5), null),
                        // the public side (issue 16) within the activities' cap
                        item("DUTY_ANSWERED", "值班答复群众留言", "ACTIVITIES", FactKind.DUTY_ANSWERED, Set.of(), all(1), null),
                        item("DUTY_CONVERTED", "值班留言转办", "ACTIVITIES", FactKind.DUTY_CONVERTED, Set.of(), all(2), null),
                        item("FRONTLINE_SOLVED", "一线协商解决问题", "ACTIVITIES", FactKind.FRONTLINE_SOLVED, Set.of(), all(2), null)),
                List.of(new Minimum("每年至少提交一件提案", Set.of(FactKind.PROPOSAL_SUBMITTED), 1)),
                grades(), Set.of("不称职"));
    }

    /**
     * 累计积分: a proposal filed 15 as individual or first proposer, 3 as co-signer; key +15 / +3; outstanding +10 / +2;
     * every meeting or activity attended 5; reports, adoptions and instructions by level, speeches, outputs and awards;
     * 文史资料被选用 5; 联系群众: 值班答复 2, 值班留言转办 3, 一线协商解决问题 5.
     */
    public static RuleSet accumulate() {
        var proposer = Map.of(INDIVIDUAL, n(15), LEAD, n(15), CO_SIGNER, n(3));
        return new RuleSet("累计积分制", BigDecimal.ZERO, BigDecimal.ZERO, null,
                List.of(new Category("PROPOSALS", "提案", null), new Category("ACTIVITIES", "会议和活动", null),
                        new Category("OPINION", "社情民意信息", null), new Category("SPEECH", "发言和成果", null),
                        new Category("HONOUR", "表彰和其他", null), new Category("PUBLIC", "联系群众", null)),
                List.of(
                        new Item("PROPOSAL_FILED", "提案立案", "PROPOSALS", FactKind.PROPOSAL_FILED, Set.of(), proposer, Share.NONE, null),
                        new Item("PROPOSAL_KEY", "重点提案", "PROPOSALS", FactKind.PROPOSAL_KEY, Set.of(), proposer, Share.NONE, null),
                        new Item("PROPOSAL_OUTSTANDING", "优秀提案", "PROPOSALS", FactKind.PROPOSAL_OUTSTANDING, Set.of(),
                                Map.of(INDIVIDUAL, n(10), LEAD, n(10), CO_SIGNER, n(2)), Share.NONE, null),
                        item("ACTIVITY_ATTENDED", "出席会议和活动", "ACTIVITIES", FactKind.ATTENDED, Set.of(), all(5), null),
                        item("ACTIVITY_OBSERVED", "列席会议和活动", "ACTIVITIES", FactKind.OBSERVED, Set.of(), all(5), null),
                        new Item("REPORT_ISSUED", "社情民意信息编发", "OPINION", FactKind.REPORT_ISSUED, Set.of(),
                                Map.of(INDIVIDUAL, n(5), LEAD, n(5), CO_SIGNER, n(2)), Share.NONE, null),
                        item("REPORT_ADOPTED_CITY", "信息被市级采用", "OPINION", FactKind.REPORT_ADOPTED,
                                Set.of("CITY_CPPCC", "CITY_PARTY_GOVERNMENT"), all(5), null),
                        item("REPORT_ADOPTED_PROVINCE", "信息被省政协采用", "OPINION", FactKind.REPORT_ADOPTED, Set.of("PROVINCIAL_CPPCC"), all(10), null),
                        item("REPORT_ADOPTED_NATIONAL", "信息被全国政协采用", "OPINION", FactKind.REPORT_ADOPTED, Set.of("NATIONAL_CPPCC"), all(20), null),
                        item("REPORT_INSTRUCTED_CITY", "信息获市领导批示", "OPINION", FactKind.REPORT_INSTRUCTED, Set.of("CITY"), all(10), null),
                        item("REPORT_INSTRUCTED_PROVINCE", "信息获省领导批示", "OPINION", FactKind.REPORT_INSTRUCTED, Set.of("PROVINCIAL"), all(20), null),
                        item("REPORT_INSTRUCTED_NATIONAL", "信息获中央领导批示", "OPINION", FactKind.REPORT_INSTRUCTED, Set.of("NATIONAL"), all(30), null),
                        item("PLENARY_SPEECH", "大会发言", "SPEECH", FactKind.SPEECH_ORAL, Set.of("PLENARY"), all(10), null),
                        item("SPEECH_ORAL", "口头发言", "SPEECH", FactKind.SPEECH_ORAL, Set.of(), all(5), null),
                        item("SPEECH_WRITTEN", "书面发言", "SPEECH", FactKind.SPEECH_WRITTEN, Set.of(), all(3), null),
                        item("AUTHORED", "撰写调研报告等成果", "SPEECH", FactKind.AUTHORED, Set.of(), all(5), null),
                        item("AWARDED", "获评表彰", "HONOUR", FactKind.AWARDED, Set.of(), all(10), null),
                        item("EXTRA", "其他履职（经审核）", "HONOUR", FactKind.EXTRA, Set.of(), all(3), null),
                        item("MEMOIR_SELECTED", "文史资料被选用", "SPEECH", FactKind.MEMOIR_SELECTED, Set.of(), all(5), null),
                        item("DUTY_ANSWERED", "值班答复群众留言", "PUBLIC", FactKind.DUTY_ANSWERED, Set.of(), all(2), null),
                        item("DUTY_CONVERTED", "值班留言转为微建议等", "PUBLIC", FactKind.DUTY_CONVERTED, Set.of(), all(3), null),
                        item("FRONTLINE_SOLVED", "一线协商解决问题", "PUBLIC", FactKind.FRONTLINE_SOLVED, Set.of(), all(5), null)),
                List.of(new Minimum("每年至少提交一件提案", Set.of(FactKind.PROPOSAL_SUBMITTED), 1)),
                List.of(new Grade("优秀", n(80)), new Grade("称职", n(30)), new Grade("不称职", null)), Set.of("不称职"));
    }

    private static List<Grade> grades() {
        return List.of(new Grade("优秀", n(90)), new Grade("良好", n(80)), new Grade("称职", n(60)), new Grade("不称职", null));
    }

    private static Set<String> otherActivities() {
        return java.util.Arrays.stream(cn.tongxin.activity.ActivityType.values()).map(Enum::name)
                .filter(t -> !MEETINGS_SCORED_APART.contains(t)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Item item(String code, String label, String category, FactKind kind, Set<String> qualifiers,
                             Map<MemberRole, BigDecimal> points, BigDecimal cap) {
        return new Item(code, label, category, kind, qualifiers, points, Share.NONE, cap);
    }

    private static Map<MemberRole, BigDecimal> all(int points) {
        return Map.of(INDIVIDUAL, n(points), LEAD, n(points), CO_SIGNER, n(points), MemberRole.COLLECTIVE, n(points));
    }

    private static BigDecimal n(int v) {
        return BigDecimal.valueOf(v);
    }
}
