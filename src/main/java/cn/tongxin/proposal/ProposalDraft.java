package cn.tongxin.proposal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a proposer writes: one text, or the three sections 情况 / 分析 / 建议. {@code receivedOn}: the day a proposal
 * entered by staff on a member's behalf was received (e.g. handed in on paper at the plenary); null for today.
 */
public record ProposalDraft(String requestKey, ProposalKind kind, String title, String body, String situation,
                            String analysis, String suggestions, String category, String suggestedUnits,
                            Boolean publishable, Long leadMemberId, Long collectiveUnitId,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {

    /** A draft received today. */
    public ProposalDraft(String requestKey, ProposalKind kind, String title, String body, String situation, String analysis,
                         String suggestions, String category, String suggestedUnits, Boolean publishable, Long leadMemberId,
                         Long collectiveUnitId) {
        this(requestKey, kind, title, body, situation, analysis, suggestions, category, suggestedUnits, publishable,
                leadMemberId, collectiveUnitId, null);
    }

    /** The same draft, received on {@code day}. */
    public ProposalDraft receivedOn(LocalDate day) {
        return new ProposalDraft(requestKey, kind, title, body, situation, analysis, suggestions, category, suggestedUnits,
                publishable, leadMemberId, collectiveUnitId, day);
    }

    @Override
    public String toString() {
        return "ProposalDraft[" + title + "]";
    }
}
