package cn.tongxin.suggestion;

import java.time.Instant;

public record SuggestionView(long id, SuggestionStatus status, String title, String body, String place, long memberId,
                             String memberName, Instant submittedAt, String rejectReason, String convertedTo, Long convertedId,
                             int version) {

    public String convertedLink() {
        if (convertedId == null) {
            return null;
        }
        return "PROPOSAL".equals(convertedTo) ? "/proposals/" + convertedId : "/opinions/" + convertedId;
    }
}
