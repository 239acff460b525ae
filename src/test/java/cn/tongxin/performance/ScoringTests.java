package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** The two default rule sets against hand-computed figures, and the rules every set obeys. */
class ScoringTests {

    private final List<Entry> entries = new ArrayList<>();

    @Test
    void baseAndDeductGivesTheHandComputedTotalAndGrade() {
        add(FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL, 0);           // 50
        add(FactKind.EXCUSED, "STANDING_COMMITTEE", MemberRole.INDIVIDUAL, 0); // -2
        add(FactKind.ABSENT, "STANDING_COMMITTEE", MemberRole.INDIVIDUAL, 0);  // -5
        for (int i = 0; i < 6; i++) {
            add(FactKind.ATTENDED, "RESEARCH", MemberRole.INDIVIDUAL, 0);      // 2 each, cap 10: 2,2,2,2,2,0
        }
        add(FactKind.PROPOSAL_SUBMITTED, null, MemberRole.LEAD, 2);           // 10 / 2 = 5
        add(FactKind.PROPOSAL_FILED, null, MemberRole.LEAD, 2);               // 15 / 2 = 7.5
        add(FactKind.PROPOSAL_SUBMITTED, null, MemberRole.INDIVIDUAL, 0);     // 10
        add(FactKind.PROPOSAL_FILED, null, MemberRole.INDIVIDUAL, 0);         // 15 → cap 25 leaves 2.5
        add(FactKind.REPORT_SUBMITTED, null, MemberRole.INDIVIDUAL, 0);       // 10
        add(FactKind.REPORT_ADOPTED, "CITY_CPPCC", MemberRole.INDIVIDUAL, 0); // 5

        var s = Scoring.score(DefaultRuleSets.baseAndDeduct(), entries);

        assertThat(s.byCategory()).containsEntry("PLENARY", dec("50.00")).containsEntry("ACTIVITIES", dec("10.00"))
                .containsEntry("PROPOSALS", dec("25.00")).containsEntry("OPINION", dec("15.00")).containsEntry("DEDUCTION", dec("-7.00"));
        assertThat(s.total()).isEqualByComparingTo("93");
        assertThat(s.grade()).isEqualTo("优秀");
        assertThat(s.lines().stream().filter(l -> "已达上限".equals(l.note())).count()).isEqualTo(1);
        assertThat(s.lines().stream().filter(l -> l.note() != null && l.note().startsWith("已达上限，计2.5分"))).hasSize(1);
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void coSignersShareTheHalfTheFirstProposerDoesNotTake() {
        add(FactKind.PROPOSAL_FILED, null, MemberRole.CO_SIGNER, 3); // 15 / 2 / 3 = 2.5
        var s = Scoring.score(DefaultRuleSets.baseAndDeduct(), entries);
        assertThat(s.lines().getFirst().points()).isEqualByComparingTo("2.5");
        assertThat(s.lines().getFirst().note()).isEqualTo("联名3人分享一半");
    }

    @Test
    void deductionsStopAtTheFloorAndTheCategoriesStillAddUp() {
        add(FactKind.ABSENT, "STANDING_COMMITTEE", MemberRole.INDIVIDUAL, 0);
        add(FactKind.ABSENT, "STANDING_COMMITTEE", MemberRole.INDIVIDUAL, 0);
        add(FactKind.ATTENDED, "RESEARCH", MemberRole.INDIVIDUAL, 0);
        var s = Scoring.score(DefaultRuleSets.baseAndDeduct(), entries);
        assertThat(s.total()).isEqualByComparingTo("0");
        assertThat(s.byCategory().get("DEDUCTION")).isEqualByComparingTo("-2");
        assertThat(s.byCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(s.total());
        assertThat(s.grade()).isEqualTo("不称职");
        assertThat(s.flags()).contains(Flag.LOW_GRADE, Flag.MINIMUM_UNMET).doesNotContain(Flag.NO_DUTY);
    }

    @Test
    void accumulateCountsEveryDutyWithoutCeiling() {
        add(FactKind.PROPOSAL_FILED, null, MemberRole.LEAD, 1);          // 15
        add(FactKind.PROPOSAL_KEY, null, MemberRole.LEAD, 1);            // 15
        add(FactKind.PROPOSAL_OUTSTANDING, null, MemberRole.LEAD, 1);    // 10
        add(FactKind.PROPOSAL_FILED, null, MemberRole.CO_SIGNER, 1);     // 3
        add(FactKind.PROPOSAL_KEY, null, MemberRole.CO_SIGNER, 1);       // 3
        add(FactKind.PROPOSAL_OUTSTANDING, null, MemberRole.CO_SIGNER, 1); // 2
        add(FactKind.PROPOSAL_SUBMITTED, null, MemberRole.LEAD, 1);      // 0 (no item)
        for (int i = 0; i < 4; i++) {
            add(FactKind.ATTENDED, i == 0 ? "PLENARY" : "INSPECTION", MemberRole.INDIVIDUAL, 0); // 5 each
        }
        add(FactKind.EXCUSED, "PLENARY", MemberRole.INDIVIDUAL, 0);      // 0
        var s = Scoring.score(DefaultRuleSets.accumulate(), entries);
        assertThat(s.byCategory()).containsEntry("PROPOSALS", dec("48.00")).containsEntry("ACTIVITIES", dec("20.00"));
        assertThat(s.total()).isEqualByComparingTo("68");
        assertThat(s.grade()).isEqualTo("称职");
        assertThat(s.lines().stream().filter(l -> l.item() == null).map(l -> l.entry().kind()))
                .containsExactlyInAnyOrder(FactKind.PROPOSAL_SUBMITTED, FactKind.EXCUSED);
    }

    @Test
    void aMemberWithNothingIsFlaggedButNeverChanged() {
        var s = Scoring.score(DefaultRuleSets.baseAndDeduct(), List.of());
        assertThat(s.total()).isEqualByComparingTo("0");
        assertThat(s.flags()).containsExactlyInAnyOrder(Flag.LOW_GRADE, Flag.NO_DUTY, Flag.MINIMUM_UNMET);
        assertThat(s.minimums().getFirst().missing()).isEqualTo(1);
    }

    @Test
    void unexcusedAbsenceFromThePlenaryIsFlagged() {
        add(FactKind.ABSENT, "PLENARY", MemberRole.INDIVIDUAL, 0);
        assertThat(Scoring.score(DefaultRuleSets.baseAndDeduct(), entries).flags()).contains(Flag.PLENARY_ABSENCE);
    }

    @Test
    void claimsAndRefusedEntriesEarnNothing() {
        entries.add(new Entry(1, 9, LocalDate.of(2026, 5, 1), FactKind.EXTRA, "TRAINING", MemberRole.INDIVIDUAL, 0, null, "培训",
                null, Entry.Origin.CLAIM, Entry.EntryStatus.CLAIMED));
        var s = Scoring.score(DefaultRuleSets.accumulate(), entries);
        assertThat(s.total()).isEqualByComparingTo("0");
        assertThat(s.lines().getFirst().note()).isEqualTo("待审核");
    }

    @Test
    void itemCapsLimitOneItemOnly() {
        var rules = new RuleSet("测试", BigDecimal.TEN, null, null, List.of(new RuleSet.Category("A", "甲", null)),
                List.of(new RuleSet.Item("X", "出席", "A", FactKind.ATTENDED, Set.of(), Map.of(MemberRole.INDIVIDUAL, dec("4")),
                        RuleSet.Share.NONE, dec("6"))), List.of(), List.of(new RuleSet.Grade("好", dec("15")), new RuleSet.Grade("一般", null)),
                Set.of());
        add(FactKind.ATTENDED, "RESEARCH", MemberRole.INDIVIDUAL, 0);
        add(FactKind.ATTENDED, "RESEARCH", MemberRole.INDIVIDUAL, 0);
        var s = Scoring.score(rules, entries);
        assertThat(s.total()).isEqualByComparingTo("16");
        assertThat(s.byCategory()).containsEntry(Scoring.BASE_CATEGORY, BigDecimal.TEN);
        assertThat(s.grade()).isEqualTo("好");
    }

    private void add(FactKind kind, String qualifier, MemberRole role, int sharers) {
        long id = entries.size() + 1;
        entries.add(new Entry(id, 9, LocalDate.of(2026, 1, 1).plusDays(id), kind, qualifier, role, sharers,
                SubjectRef.of(SubjectType.PROPOSAL, id), kind.label(), null, Entry.Origin.EVENT, Entry.EntryStatus.COUNTED));
    }

    private static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }
}
