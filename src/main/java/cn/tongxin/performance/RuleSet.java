package cn.tongxin.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A committee's points rules for a year, as data: a base score, categories with caps, items (which facts earn how
 * many points for which role), minimum counts, grade thresholds and which grades staff are told about. Totals never go
 * below {@link #floor()} nor above {@link #ceiling()} (when set).
 */
public record RuleSet(String name, BigDecimal base, BigDecimal floor, BigDecimal ceiling, List<Category> categories,
                      List<Item> items, List<Minimum> minimums, List<Grade> grades, Set<String> flaggedGrades) {

    public RuleSet {
        base = base == null ? BigDecimal.ZERO : base;
        floor = floor == null ? BigDecimal.ZERO : floor;
        categories = categories == null ? List.of() : List.copyOf(categories);
        items = items == null ? List.of() : List.copyOf(items);
        minimums = minimums == null ? List.of() : List.copyOf(minimums);
        grades = grades == null ? List.of() : List.copyOf(grades);
        flaggedGrades = flaggedGrades == null ? Set.of() : Set.copyOf(flaggedGrades);
    }

    /** A group of items with its own cap (null: none), e.g. 提案 capped at 25. */
    public record Category(String code, String label, BigDecimal cap) {
    }

    /**
     * Which entries earn points: the kind, optionally only some qualifiers (activity types, levels …); points by role
     * (a role missing earns nothing); {@link Share#LEAD_HALF} gives the first proposer half and the co-signers share
     * the other half; {@code cap} limits the item's points in the year.
     */
    public record Item(String code, String label, String category, FactKind kind, Set<String> qualifiers,
                       Map<MemberRole, BigDecimal> points, Share share, BigDecimal cap) {

        public Item {
            qualifiers = qualifiers == null ? Set.of() : Set.copyOf(qualifiers);
            points = points == null ? Map.of() : Map.copyOf(points);
            share = share == null ? Share.NONE : share;
        }

        public boolean matches(FactKind kind, String qualifier) {
            return this.kind == kind && (qualifiers.isEmpty() || qualifiers.contains(qualifier));
        }
    }

    public enum Share {
        NONE, LEAD_HALF
    }

    /** 每年至少…: at least {@code count} entries of these kinds (any role). */
    public record Minimum(String label, Set<FactKind> kinds, int count) {
    }

    /** A grade from its lower bound (null: everything below the others). */
    public record Grade(String name, BigDecimal min) {
    }
}
