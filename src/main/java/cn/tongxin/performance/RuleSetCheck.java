package cn.tongxin.performance;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import cn.tongxin.shared.BusinessException;

/** What a rule set must satisfy before it is saved: every message names the part to fix. */
final class RuleSetCheck {

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1000);

    private RuleSetCheck() {
    }

    static RuleSet check(RuleSet r) {
        if (r == null) {
            throw BusinessException.invalid("请提交积分规则");
        }
        require(r.name() != null && !r.name().isBlank() && r.name().length() <= 100, "规则名称不能为空，且不超过100字");
        within(r.base(), "基础分");
        within(r.floor(), "最低分");
        if (r.ceiling() != null) {
            within(r.ceiling(), "满分");
            require(r.ceiling().compareTo(r.floor()) > 0, "满分应高于最低分");
        }
        Set<String> categories = new HashSet<>();
        for (var c : r.categories()) {
            require(c.code() != null && c.code().matches("[A-Z][A-Z0-9_]{0,29}"), "类别代码应为大写字母、数字和下划线");
            require(categories.add(c.code()), "类别代码重复：" + c.code());
            require(c.label() != null && !c.label().isBlank(), "类别 " + c.code() + " 缺少名称");
            require(c.cap() == null || c.cap().signum() >= 0, "类别「" + c.label() + "」的上限不能为负数");
        }
        require(!r.items().isEmpty(), "至少需要一条计分项");
        Set<String> items = new HashSet<>();
        for (var i : r.items()) {
            require(i.code() != null && i.code().matches("[A-Z][A-Z0-9_]{0,39}"), "计分项代码应为大写字母、数字和下划线");
            require(items.add(i.code()), "计分项代码重复：" + i.code());
            require(i.label() != null && !i.label().isBlank(), "计分项 " + i.code() + " 缺少名称");
            require(i.kind() != null, "计分项「" + i.label() + "」缺少履职类型");
            require(categories.contains(i.category()), "计分项「" + i.label() + "」的类别不存在：" + i.category());
            i.points().values().forEach(p -> within(p, "计分项「" + i.label() + "」的分值"));
            require(i.cap() == null || i.cap().signum() >= 0, "计分项「" + i.label() + "」的上限不能为负数");
        }
        for (var m : r.minimums()) {
            require(m.label() != null && !m.label().isBlank() && !m.kinds().isEmpty() && m.count() >= 1 && m.count() <= 100,
                    "最低要求须有名称、履职类型和1至100的件数");
        }
        require(r.grades().size() >= 2 && r.grades().size() <= 6, "等次应有2至6个");
        Set<String> names = new HashSet<>();
        Set<BigDecimal> bounds = new HashSet<>();
        long open = 0;
        for (var g : r.grades()) {
            require(g.name() != null && !g.name().isBlank() && g.name().length() <= 20, "等次名称不能为空，且不超过20字");
            require(names.add(g.name()), "等次名称重复：" + g.name());
            if (g.min() == null) {
                open++;
            } else {
                within(g.min(), "等次「" + g.name() + "」的分数线");
                require(bounds.add(g.min().stripTrailingZeros()), "等次分数线重复：" + g.min().toPlainString());
            }
        }
        require(open == 1, "须有且只有一个不设分数线的最低等次");
        require(names.containsAll(r.flaggedGrades()), "提醒的等次不在等次列表中");
        return r;
    }

    private static void within(BigDecimal v, String what) {
        require(v != null && v.abs().compareTo(LIMIT) <= 0 && v.scale() <= 2, what + "应在-1000至1000之间，最多两位小数");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw BusinessException.invalid(message);
        }
    }
}
