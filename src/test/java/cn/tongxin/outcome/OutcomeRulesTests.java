package cn.tongxin.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** What makes an adoption or an instruction a fact, without Spring. */
class OutcomeRulesTests {

    static final SubjectRef ITEM = SubjectRef.of(SubjectType.OPINION_ITEM, 9);
    static final LocalDate DAY = LocalDate.of(2026, 2, 20);

    @Test
    void anAdoptionIsAtALevelOnADay() {
        assertThat(OutcomeRules.adoption(1, ITEM, AdoptionLevel.PROVINCIAL_CPPCC, false, DAY))
                .isEqualTo(new OutcomeEvents.Adopted(ITEM, 1, AdoptionLevel.PROVINCIAL_CPPCC, false, DAY));
    }

    @Test
    void aCombinedAdoptionSaysSo() {
        assertThat(OutcomeRules.adoption(1, ITEM, AdoptionLevel.NATIONAL_CPPCC, true, DAY).combined()).isTrue();
    }

    @Test
    void anAdoptionNeedsALevel() {
        assertThatThrownBy(() -> OutcomeRules.adoption(1, ITEM, null, false, DAY)).isInstanceOf(BusinessException.class);
    }

    @Test
    void anAdoptionNeedsTheDayItWasAdopted() {
        assertThatThrownBy(() -> OutcomeRules.adoption(1, ITEM, AdoptionLevel.CITY_CPPCC, false, null))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void anInstructionIsByALeaderOfALevelOnADay() {
        var form = new Outcomes.InstructionForm(" 张副省长 ", InstructionLevel.PROVINCIAL, DAY, "请研究", "省邮政管理局");
        assertThat(OutcomeRules.instruction(1, ITEM, form))
                .isEqualTo(new OutcomeEvents.Instructed(ITEM, 1, "张副省长", InstructionLevel.PROVINCIAL, DAY));
    }

    @Test
    void anInstructionNeedsLeaderLevelDayAndWords() {
        assertThatThrownBy(() -> OutcomeRules.instruction(1, ITEM, new Outcomes.InstructionForm("", InstructionLevel.CITY, DAY, "x", null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> OutcomeRules.instruction(1, ITEM, new Outcomes.InstructionForm("王", null, DAY, "x", null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> OutcomeRules.instruction(1, ITEM, new Outcomes.InstructionForm("王", InstructionLevel.CITY, null, "x", null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> OutcomeRules.instruction(1, ITEM, new Outcomes.InstructionForm("王", InstructionLevel.CITY, DAY, " ", null)))
                .isInstanceOf(BusinessException.class);
    }
}
