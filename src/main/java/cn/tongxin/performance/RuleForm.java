package cn.tongxin.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.shared.BusinessException;

/**
 * A rule set as the editing page holds it: every field as typed, so a refused form shows the staff member's text again.
 * Rows whose code is blank are dropped (that is how a row is deleted, and how the empty row adds one).
 */
public record RuleForm(String name, String base, String floor, String ceiling, List<CategoryRow> categories, List<ItemRow> items,
                       List<GradeRow> grades, String flaggedGrades, List<MinimumRow> minimums) {

    public record CategoryRow(String code, String label, String cap) {
    }

    public record ItemRow(String code, String label, String category, String kind, String qualifiers, String individual, String lead,
                          String coSigner, String collective, String share, String cap) {
    }

    public record GradeRow(String name, String min) {
    }

    public record MinimumRow(String label, String kinds, String count) {
    }

    public static RuleForm of(RuleSet r) {
        return new RuleForm(r.name(), text(r.base()), text(r.floor()), text(r.ceiling()),
                withBlank(r.categories().stream().map(c -> new CategoryRow(c.code(), c.label(), text(c.cap()))).toList(),
                        new CategoryRow("", "", "")),
                withBlank(r.items().stream().map(i -> new ItemRow(i.code(), i.label(), i.category(), i.kind().name(),
                        String.join(",", i.qualifiers().stream().sorted().toList()), text(i.points().get(MemberRole.INDIVIDUAL)),
                        text(i.points().get(MemberRole.LEAD)), text(i.points().get(MemberRole.CO_SIGNER)),
                        text(i.points().get(MemberRole.COLLECTIVE)), i.share().name(), text(i.cap()))).toList(),
                        new ItemRow("", "", "", "", "", "", "", "", "", "NONE", "")),
                withBlank(r.grades().stream().map(g -> new GradeRow(g.name(), text(g.min()))).toList(), new GradeRow("", "")),
                String.join(",", r.flaggedGrades().stream().sorted().toList()),
                withBlank(r.minimums().stream().map(m -> new MinimumRow(m.label(),
                        m.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), String.valueOf(m.count()))).toList(),
                        new MinimumRow("", "", "")));
    }

    /** The rule set the form describes; a number that is not a number is refused with the field's name. */
    public RuleSet toRuleSet() {
        var cats = rows(categories).stream().filter(c -> !blank(c.code()))
                .map(c -> new RuleSet.Category(c.code().strip(), c.label(), number(c.cap(), "类别「" + c.label() + "」的上限"))).toList();
        var its = rows(items).stream().filter(i -> !blank(i.code())).map(this::item).toList();
        var gs = rows(grades).stream().filter(g -> !blank(g.name()))
                .map(g -> new RuleSet.Grade(g.name().strip(), number(g.min(), "等次「" + g.name() + "」的分数线"))).toList();
        var mins = rows(minimums).stream().filter(m -> !blank(m.label()))
                .map(m -> new RuleSet.Minimum(m.label().strip(), kinds(m.kinds()), integer(m.count(), "最低要求「" + m.label() + "」的件数")))
                .toList();
        return new RuleSet(name == null ? null : name.strip(), number(base, "基础分"), number(floor, "最低分"), number(ceiling, "满分"),
                cats, its, mins, gs, split(flaggedGrades));
    }

    private RuleSet.Item item(ItemRow i) {
        String what = "计分项「" + (blank(i.label()) ? i.code() : i.label()) + "」";
        Map<MemberRole, BigDecimal> points = new EnumMap<>(MemberRole.class);
        put(points, MemberRole.INDIVIDUAL, number(i.individual(), what + "的个人分值"));
        put(points, MemberRole.LEAD, number(i.lead(), what + "的第一提案人分值"));
        put(points, MemberRole.CO_SIGNER, number(i.coSigner(), what + "的联名分值"));
        put(points, MemberRole.COLLECTIVE, number(i.collective(), what + "的集体分值"));
        return new RuleSet.Item(i.code().strip(), blank(i.label()) ? null : i.label().strip(), i.category(), kind(i.kind(), what),
                split(i.qualifiers()), points, share(i.share(), what), number(i.cap(), what + "的上限"));
    }

    private static void put(Map<MemberRole, BigDecimal> points, MemberRole role, BigDecimal value) {
        if (value != null) {
            points.put(role, value);
        }
    }

    private static FactKind kind(String name, String what) {
        try {
            return blank(name) ? null : FactKind.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(what + "的履职类型不存在：" + name);
        }
    }

    private static Set<FactKind> kinds(String names) {
        Set<FactKind> out = new LinkedHashSet<>();
        for (String n : split(names)) {
            out.add(kind(n, "最低要求"));
        }
        return out;
    }

    private static RuleSet.Share share(String name, String what) {
        try {
            return blank(name) ? RuleSet.Share.NONE : RuleSet.Share.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(what + "的分配方式不存在：" + name);
        }
    }

    private static BigDecimal number(String text, String what) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(what + "应为数字：" + text);
        }
    }

    private static int integer(String text, String what) {
        BigDecimal n = number(text, what);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
            throw BusinessException.invalid(what + "应为整数");
        }
        return n.intValueExact();
    }

    private static Set<String> split(String text) {
        if (blank(text)) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> List<T> withBlank(List<T> rows, T blank) {
        var all = new ArrayList<>(rows);
        all.add(blank);
        return all;
    }

    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
