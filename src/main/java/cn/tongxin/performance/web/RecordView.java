package cn.tongxin.performance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.tongxin.performance.Entry;
import cn.tongxin.performance.PerformanceRecords.MemberRecord;
import cn.tongxin.performance.RuleSet;
import cn.tongxin.performance.Scoring;

/**
 * A member's record of a year as the page and the API show it: every entry with its points, the rule item that gave
 * them (a code the page anchors as {@code #rule-<code>}) and a note; totals by category (they add up to the total);
 * minimums, flags, the result under the replaced rule set, and the year's rules.
 */
public record RecordView(MemberRef member, int year, RuleSetRef ruleSet, BigDecimal total, String grade,
                  List<CategoryLine> categories, List<EntryLine> entries, List<MinimumLine> minimums, List<FlagLine> flags,
                  PreviousLine previous, List<RuleRows.RuleLine> rules, List<RuleRows.GradeLine> grades) {

    record MemberRef(long id, String name, String sectorName) {
    }

    record RuleSetRef(long id, String name) {
    }

    record CategoryLine(String code, String label, BigDecimal points, BigDecimal cap) {
        public String pointsText() {
            return RuleRows.number(points);
        }
    }

    record EntryLine(long id, LocalDate on, String kind, String kindLabel, String qualifier, String qualifierLabel,
                     String title, String role, String roleLabel, BigDecimal points, String item, String itemLabel,
                     String category, String note, String link, String origin, String status, String statusLabel) {
        public String pointsText() {
            return RuleRows.signed(points);
        }
    }

    record MinimumLine(String label, int required, int done, int missing) {
    }

    record FlagLine(String code, String label) {
    }

    record PreviousLine(long ruleSetId, String ruleSetName, BigDecimal total, String grade) {
    }

    public String totalText() {
        return RuleRows.number(total);
    }

    static RecordView of(MemberRecord r) {
        Scoring.Score s = r.score();
        List<CategoryLine> categories = new ArrayList<>();
        s.byCategory().forEach((code, points) -> categories.add(new CategoryLine(code, r.categoryLabel(code), points,
                r.rules().categories().stream().filter(c -> c.code().equals(code) && c.cap() != null).map(RuleSet.Category::cap).findFirst().orElse(null))));
        List<EntryLine> entries = s.lines().stream().map(RecordView::line).toList();
        return new RecordView(new MemberRef(r.member().id(), r.member().name(), r.member().sectorName()), r.year(),
                new RuleSetRef(r.ruleSetId(), r.ruleSetName()), s.total(), s.grade(), categories, entries,
                s.minimums().stream().map(p -> new MinimumLine(p.label(), p.required(), p.done(), p.missing())).toList(),
                s.flags().stream().sorted().map(f -> new FlagLine(f.name(), f.label())).toList(),
                r.previous().map(p -> new PreviousLine(p.ruleSetId(), p.ruleSetName(), p.total(), p.grade())).orElse(null),
                RuleRows.of(r.rules(), r::categoryLabel), RuleRows.grades(r.rules()));
    }

    private static EntryLine line(Scoring.Line l) {
        Entry e = l.entry();
        return new EntryLine(e.id(), e.on(), e.kind().name(), e.kind().label(), e.qualifier(), RuleRows.qualifier(e.qualifier()),
                e.title(), e.role().name(), e.role().label(), l.points(), l.item(), l.itemLabel(), l.category(), l.note(),
                e.link(), e.origin().name(), e.status().name(), e.status().label());
    }
}
