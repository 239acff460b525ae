package cn.tongxin.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.KeyAppraisals;

/** The proposal-side figure keys read back as what they count; a malformed one is no figure. */
class ProposalSideKeysTests {

    @Test
    void partyKeysCarryThePartysNameAndWhetherOnlyKeyProposalsCount() {
        assertThat(FigureKeys.tryParse("BY_PARTY:民革")).contains(new FigureKeys.OfParty("民革", false));
        assertThat(FigureKeys.tryParse("KEY_BY_PARTY:九三学社")).contains(new FigureKeys.OfParty("九三学社", true));
        assertThat(FigureKeys.tryParse("BY_PARTY:")).isEmpty();
    }

    @Test
    void outcomeKeysNameAKindAndALevel() {
        String key = FigureKeys.proposalOutcome(InstructionKind.SIGN_OFF, InstructionLevel.PROVINCIAL);
        assertThat(FigureKeys.tryParse(key)).contains(new FigureKeys.ProposalOutcome(InstructionKind.SIGN_OFF, InstructionLevel.PROVINCIAL));
        assertThat(FigureKeys.tryParse("PROPOSAL_OUTCOME:SIGN_OFF")).isEmpty();
        assertThat(FigureKeys.tryParse("PROPOSAL_OUTCOME:SIGN_OFF:MAYOR")).isEmpty();
    }

    @Test
    void appraisalKeysCountUnitsOrRatings() {
        assertThat(FigureKeys.tryParse("KEY_APPRAISAL_UNITS")).contains(new FigureKeys.KeyAppraisal(true, null));
        assertThat(FigureKeys.tryParse("KEY_APPRAISAL_RATINGS")).contains(new FigureKeys.KeyAppraisal(false, null));
        assertThat(FigureKeys.tryParse("KEY_APPRAISAL:DISSATISFIED"))
                .contains(new FigureKeys.KeyAppraisal(false, KeyAppraisals.Verdict.DISSATISFIED));
        assertThat(FigureKeys.tryParse("KEY_APPRAISAL:MAYBE")).isEmpty();
    }
}
