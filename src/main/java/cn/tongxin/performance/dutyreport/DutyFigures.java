package cn.tongxin.performance.dutyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.PerformanceRecords.MemberRecord;
import cn.tongxin.performance.Scoring;

/**
 * The part of a duty report that comes from the record: who, the year's rule set, total and grade, points by
 * category, and the entries listed by kind. Built live for a draft, frozen when the member submits.
 */
public record DutyFigures(String memberName, String sectorName, String specialCommitteeName, boolean standing,
                          String ruleSetName, BigDecimal total, String grade, List<Figure> categories, List<EntryList> lists) {

    public record Figure(String label, BigDecimal points) {
    }

    public record EntryList(String label, List<Item> items) {
    }

    public record Item(LocalDate on, String title, String detail, BigDecimal points) {
    }

    /** The lists of a report, in the order the document shows them. */
    enum Listed {
        PROPOSALS("提案", EnumSet.of(FactKind.PROPOSAL_SUBMITTED)),
        REPORTS("社情民意信息", EnumSet.of(FactKind.REPORT_SUBMITTED)),
        SUGGESTIONS("微建议", EnumSet.of(FactKind.SUGGESTION_SUBMITTED)),
        ACTIVITIES("参加会议和活动", EnumSet.of(FactKind.ATTENDED, FactKind.OBSERVED)),
        SPEECHES("发言", EnumSet.of(FactKind.SPEECH_ORAL, FactKind.SPEECH_WRITTEN)),
        OUTPUTS("调研报告等成果", EnumSet.of(FactKind.AUTHORED)),
        AWARDS("获奖表彰", EnumSet.of(FactKind.AWARDED)),
        OTHER("其他履职", EnumSet.of(FactKind.EXTRA));

        final String label;
        final Set<FactKind> kinds;

        Listed(String label, Set<FactKind> kinds) {
            this.label = label;
            this.kinds = kinds;
        }
    }

    public static DutyFigures of(MemberRecord record) {
        var score = record.score();
        List<Figure> categories = score.byCategory().entrySet().stream()
                .map(e -> new Figure(record.categoryLabel(e.getKey()), e.getValue())).toList();
        List<EntryList> lists = Arrays.stream(Listed.values())
                .map(l -> new EntryList(l.label, score.lines().stream()
                        .filter(line -> line.entry().counted() && l.kinds.contains(line.entry().kind()))
                        .map(DutyFigures::item).toList()))
                .toList();
        var m = record.member();
        return new DutyFigures(m.name(), m.sectorName(), m.specialCommitteeName(), m.standing(), record.ruleSetName(),
                score.total(), score.grade(), categories, lists);
    }

    private static Item item(Scoring.Line line) {
        var e = line.entry();
        String role = e.role() == MemberRole.INDIVIDUAL ? "" : e.role().label();
        String detail = e.kind().label().equals(e.title()) ? role : e.kind().label() + (role.isEmpty() ? "" : "（" + role + "）");
        return new Item(e.on(), e.title(), detail, line.points());
    }

    /** How many entries the lists hold, for a summary line. */
    public int entryCount() {
        return lists.stream().mapToInt(l -> l.items().size()).sum();
    }
}
