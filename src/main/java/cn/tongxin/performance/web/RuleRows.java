package cn.tongxin.performance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.RuleSet;

/** A rule set's items as readable lines (points per role, share, cap, which activities or levels), and number formats. */
public final class RuleRows {

    private RuleRows() {
    }

    /** One rule item: the page anchors it as {@code #rule-<code>}. */
    public record RuleLine(String code, String label, String category, String scope, String points, String cap) {
    }

    public record GradeLine(String name, BigDecimal min) {
        public String range() {
            return min == null ? "其余" : number(min) + " 分及以上";
        }
    }

    static List<RuleLine> of(RuleSet rules, Function<String, String> categoryLabel) {
        return rules.items().stream().map(i -> new RuleLine(i.code(), i.label(), categoryLabel.apply(i.category()),
                i.qualifiers().isEmpty() ? null : String.join("、", i.qualifiers().stream().map(RuleRows::qualifier).sorted().toList()),
                points(i), i.cap() == null ? null : "本项全年最多 " + number(i.cap()) + " 分")).toList();
    }

    static List<GradeLine> grades(RuleSet rules) {
        return rules.grades().stream().map(g -> new GradeLine(g.name(), g.min())).toList();
    }

    /** "每次 2 分", or by role "个人 15 分、第一提案人 15 分、联名 3 分", or the lead-half share. */
    static String points(RuleSet.Item item) {
        if (item.share() == RuleSet.Share.LEAD_HALF) {
            BigDecimal whole = item.points().getOrDefault(MemberRole.LEAD, item.points().getOrDefault(MemberRole.INDIVIDUAL, BigDecimal.ZERO));
            return "每件 " + number(whole) + " 分；有联名人时第一提案人得一半，联名人分享另一半";
        }
        Map<BigDecimal, List<String>> byPoints = new LinkedHashMap<>();
        for (MemberRole role : MemberRole.values()) {
            BigDecimal p = item.points().get(role);
            if (p != null) {
                byPoints.computeIfAbsent(p.stripTrailingZeros(), k -> new ArrayList<>()).add(role.label());
            }
        }
        if (byPoints.isEmpty()) {
            return "不计分";
        }
        if (byPoints.size() == 1 && item.points().size() == MemberRole.values().length) {
            return "每次 " + signed(byPoints.keySet().iterator().next()) + " 分";
        }
        List<String> parts = new ArrayList<>();
        byPoints.forEach((p, roles) -> parts.add(String.join("/", roles) + " " + signed(p) + " 分"));
        return String.join("，", parts);
    }

    /** An activity type, adoption level or instruction level in Chinese (the code itself when unknown). */
    static String qualifier(String code) {
        if (code == null) {
            return null;
        }
        for (ActivityType t : ActivityType.values()) {
            if (t.name().equals(code)) {
                return t.label();
            }
        }
        for (AdoptionLevel l : AdoptionLevel.values()) {
            if (l.name().equals(code)) {
                return l.label();
            }
        }
        for (InstructionLevel l : InstructionLevel.values()) {
            if (l.name().equals(code)) {
                return l.label();
            }
        }
        return code;
    }

    static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** Points with their sign: "+10", "−2", "0". */
    static String signed(BigDecimal n) {
        if (n == null || n.signum() == 0) {
            return "0";
        }
        return n.signum() > 0 ? "+" + number(n) : "−" + number(n.negate());
    }
}
