package cn.tongxin.proposal;

/** What a proposer writes: one text, or the three sections 情况 / 分析 / 建议. */
public record ProposalDraft(String requestKey, ProposalKind kind, String title, String body, String situation,
                            String analysis, String suggestions, String category, String suggestedUnits,
                            Boolean publishable, Long leadMemberId, Long collectiveUnitId) {

    @Override
    public String toString() {
        return "ProposalDraft[" + title + "]";
    }
}
