package cn.tongxin.suggestion;

import java.time.LocalDate;

import cn.tongxin.shared.SubjectRef;

/**
 * Facts of the micro-suggestion flow, with the member, the committee and the day. A conversion is asked of the
 * proposal or opinion module by {@link ConvertedToProposal} / {@link ConvertedToOpinionReport}; the module that creates
 * the draft or report answers with {@link ConversionCreated}, which links it back here.
 */
public final class SuggestionEvents {

    private SuggestionEvents() {
    }

    public record Submitted(long committeeId, long suggestionId, long memberId, LocalDate submittedOn) {
    }

    public record Accepted(long committeeId, long suggestionId, long memberId, LocalDate acceptedOn) {
    }

    public record Rejected(long committeeId, long suggestionId, long memberId, String reason, LocalDate rejectedOn) {
    }

    public record Withdrawn(long committeeId, long suggestionId, long memberId, LocalDate withdrawnOn) {
    }

    public record Closed(long committeeId, long suggestionId, long memberId, LocalDate closedOn) {
    }

    /** Staff turned it into a proposal draft; the proposal module creates the draft for the member. */
    public record ConvertedToProposal(long committeeId, long suggestionId, long memberId, String title, String text,
                                      LocalDate convertedOn) {
        public String requestKey() {
            return "suggestion-" + suggestionId;
        }
    }

    /** Staff turned it into a public-opinion report; the opinion module creates the report for the member. */
    public record ConvertedToOpinionReport(long committeeId, long suggestionId, long memberId, String title, String text,
                                           LocalDate convertedOn) {
        public String requestKey() {
            return "suggestion-" + suggestionId;
        }
    }

    /** The draft or report a conversion created, published by the module that created it. */
    public record ConversionCreated(long committeeId, long suggestionId, SubjectRef created) {
    }
}
