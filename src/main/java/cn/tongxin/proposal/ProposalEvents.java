package cn.tongxin.proposal;

/** Facts of the proposal flow that other modules react to. */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    /** A proposal not filed is to be handled as a public-opinion report; the opinion module creates it. */
    public record ConvertedToOpinionReport(long committeeId, long proposalId, String title, String text,
                                           Long leadMemberId, String leadMemberName, long staffAccountId) {
    }
}
