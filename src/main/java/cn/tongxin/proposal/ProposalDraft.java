package cn.tongxin.proposal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a proposer writes: one text, or the three sections 情况 / 分析 / 建议. {@code receivedOn}: the day a proposal
 * entered by staff on a member's behalf was received (e.g. handed in on paper at the plenary); null for today.
 * {@code cosignerIds}: members of the committee invited to co-sign (联名) when the draft is saved; null or empty: none
 * (those invited before stay invited).
 */
public record ProposalDraft(String requestKey, ProposalKind kind, String title, String body, String situation,
                            String analysis, String suggestions, String category, String suggestedUnits,
                            Boolean publishable, Long leadMemberId, Long collectiveUnitId,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, List<Long> cosignerIds) {

    /** A draft naming no co-signer. */
    public ProposalDraft(String requestKey, ProposalKind kind, String title, String body, String situation, String analysis,
                         String suggestions, String category, String suggestedUnits, Boolean publishable, Long leadMemberId,
                         Long collectiveUnitId, LocalDate receivedOn) {
        this(requestKey, kind, title, body, situation, analysis, suggestions, category, suggestedUnits, publishable,
                leadMemberId, collectiveUnitId, receivedOn, null);
    }

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
                publishable, leadMemberId, collectiveUnitId, day, cosignerIds);
    }

    /** The same draft under another request key. */
    public ProposalDraft requestKey(String key) {
        return new ProposalDraft(key, kind, title, body, situation, analysis, suggestions, category, suggestedUnits,
                publishable, leadMemberId, collectiveUnitId, receivedOn, cosignerIds);
    }

    /** The co-signers named, each once, in the order given. */
    public List<Long> cosigners() {
        return cosignerIds == null ? List.of() : cosignerIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    @Override
    public String toString() {
        return "ProposalDraft[" + title + "]";
    }
}
