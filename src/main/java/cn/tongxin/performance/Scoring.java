package cn.tongxin.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member's points for a year from their entries and the year's rule set — a pure function, so a page, a recompute
 * and a replay all give the same figures. Each entry takes the first item that matches it. Gains are counted first in
 * date order and stop at the item's cap, the category's cap and the ceiling; deductions follow and stop at the floor.
 * Every point lands on one line, so the categories always add up to the total.
 */
public final class Scoring {

    public static final String BASE_CATEGORY = "BASE";
    private static final Set<FactKind> DUTY = EnumSet.of(FactKind.PROPOSAL_SUBMITTED, FactKind.REPORT_SUBMITTED,
            FactKind.ATTENDED, FactKind.OBSERVED);

    private Scoring() {
    }

    /** One entry with the points it earned and the rule item that gave them (null: no item counts it). */
    public record Line(Entry entry, BigDecimal points, String item, String itemLabel, String category, String note) {
    }

    /** A minimum of the rule set, with how many the member has. */
    public record Progress(String label, int required, int done) {
        public int missing() {
            return Math.max(0, required - done);
        }
    }

    public record Score(BigDecimal base, List<Line> lines, Map<String, BigDecimal> byCategory, BigDecimal total,
                        String grade, List<Progress> minimums, Set<Flag> flags) {
    }

    public static Score score(RuleSet rules, List<Entry> entries) {
        List<Entry> counted = entries.stream().filter(Entry::counted)
                .sorted(Comparator.comparing(Entry::on).thenComparingLong(Entry::id)).toList();
        Map<Long, Line> byEntry = new HashMap<>();
        Map<String, BigDecimal> perItem = new HashMap<>();
        Map<String, BigDecimal> perCategory = new LinkedHashMap<>();
        rules.categories().forEach(c -> perCategory.put(c.code(), BigDecimal.ZERO));
        BigDecimal running = rules.base();
        List<Entry> deductions = new ArrayList<>();
        for (Entry e : counted) {
            var item = itemFor(rules, e);
            BigDecimal raw = item.map(i -> raw(i, e)).orElse(BigDecimal.ZERO);
            if (raw.signum() < 0) {
                deductions.add(e);
                continue;
            }
            if (item.isEmpty()) {
                byEntry.put(e.id(), new Line(e, zero(), null, null, null, "不计分"));
                continue;
            }
            var i = item.get();
            BigDecimal allowed = raw;
            String note = shareNote(i, e);
            allowed = limit(allowed, i.cap(), perItem.getOrDefault(i.code(), BigDecimal.ZERO));
            allowed = limit(allowed, category(rules, i.category()).map(RuleSet.Category::cap).orElse(null),
                    perCategory.getOrDefault(i.category(), BigDecimal.ZERO));
            allowed = limit(allowed, rules.ceiling(), running);
            if (allowed.compareTo(raw) < 0) {
                note = "已达上限" + (allowed.signum() > 0 ? "，计" + allowed.stripTrailingZeros().toPlainString() + "分" : "");
            }
            perItem.merge(i.code(), allowed, BigDecimal::add);
            perCategory.merge(i.category(), allowed, BigDecimal::add);
            running = running.add(allowed);
            byEntry.put(e.id(), new Line(e, allowed, i.code(), i.label(), i.category(), note));
        }
        for (Entry e : deductions) {
            var i = itemFor(rules, e).orElseThrow();
            BigDecimal raw = raw(i, e);
            BigDecimal allowed = raw.max(rules.floor().subtract(running).min(BigDecimal.ZERO));
            perItem.merge(i.code(), allowed, BigDecimal::add);
            perCategory.merge(i.category(), allowed, BigDecimal::add);
            running = running.add(allowed);
            byEntry.put(e.id(), new Line(e, allowed, i.code(), i.label(), i.category(),
                    allowed.compareTo(raw) == 0 ? null : "扣至最低分为止"));
        }
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        if (rules.base().signum() != 0) {
            byCategory.put(BASE_CATEGORY, rules.base());
        }
        byCategory.putAll(perCategory);
        List<Line> lines = entries.stream().sorted(Comparator.comparing(Entry::on).thenComparingLong(Entry::id))
                .map(e -> byEntry.getOrDefault(e.id(), new Line(e, zero(), null, null, null, e.status().label())))
                .toList();
        BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        String grade = grade(rules, total);
        List<Progress> minimums = rules.minimums().stream()
                .map(m -> new Progress(m.label(), m.count(), (int) counted.stream().filter(e -> m.kinds().contains(e.kind())).count()))
                .toList();
        return new Score(rules.base(), lines, byCategory, total, grade, minimums, flags(rules, counted, grade, minimums));
    }

    public static String grade(RuleSet rules, BigDecimal total) {
        return rules.grades().stream()
                .filter(g -> g.min() != null && total.compareTo(g.min()) >= 0)
                .max(Comparator.comparing(RuleSet.Grade::min))
                .or(() -> rules.grades().stream().filter(g -> g.min() == null).findFirst())
                .map(RuleSet.Grade::name).orElse(null);
    }

    private static Set<Flag> flags(RuleSet rules, List<Entry> counted, String grade, List<Progress> minimums) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (grade != null && rules.flaggedGrades().contains(grade)) {
            flags.add(Flag.LOW_GRADE);
        }
        if (counted.stream().anyMatch(e -> e.kind() == FactKind.ABSENT && "PLENARY".equals(e.qualifier()))) {
            flags.add(Flag.PLENARY_ABSENCE);
        }
        if (counted.stream().noneMatch(e -> DUTY.contains(e.kind()))) {
            flags.add(Flag.NO_DUTY);
        }
        if (minimums.stream().anyMatch(p -> p.missing() > 0)) {
            flags.add(Flag.MINIMUM_UNMET);
        }
        return flags;
    }

    static Optional<RuleSet.Item> itemFor(RuleSet rules, Entry e) {
        return rules.items().stream().filter(i -> i.matches(e.kind(), e.qualifier())).findFirst();
    }

    /** The entry's points before caps: by role, or under "lead half" the item's value split between the proposers. */
    static BigDecimal raw(RuleSet.Item item, Entry e) {
        if (item.share() == RuleSet.Share.LEAD_HALF) {
            BigDecimal whole = Optional.ofNullable(item.points().get(MemberRole.LEAD))
                    .or(() -> Optional.ofNullable(item.points().get(MemberRole.INDIVIDUAL))).orElse(BigDecimal.ZERO);
            return switch (e.role()) {
                case INDIVIDUAL, LEAD -> e.sharers() > 0 ? half(whole) : whole.setScale(2, RoundingMode.HALF_UP);
                case CO_SIGNER -> e.sharers() > 0 ? half(whole).divide(BigDecimal.valueOf(e.sharers()), 2, RoundingMode.HALF_UP) : zero();
                case COLLECTIVE -> item.points().getOrDefault(MemberRole.COLLECTIVE, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            };
        }
        return item.points().getOrDefault(e.role(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    private static String shareNote(RuleSet.Item item, Entry e) {
        if (item.share() != RuleSet.Share.LEAD_HALF || e.sharers() == 0) {
            return null;
        }
        return e.role() == MemberRole.CO_SIGNER ? "联名" + e.sharers() + "人分享一半" : "第一提案人得一半";
    }

    private static BigDecimal half(BigDecimal whole) {
        return whole.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal limit(BigDecimal wanted, BigDecimal cap, BigDecimal used) {
        if (cap == null) {
            return wanted;
        }
        return wanted.min(cap.subtract(used).max(BigDecimal.ZERO));
    }

    private static Optional<RuleSet.Category> category(RuleSet rules, String code) {
        return rules.categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
