package cn.tongxin.suggestion;

import java.time.Instant;

public record SuggestionView(long id, SuggestionStatus status, String title, String body, String place, long memberId,
                             String memberName, Instant submittedAt, String rejectReason, SuggestionConversion convertedTo, Long convertedId,
                             int version) {

    public String convertedLink() {
        if (convertedId == null) {
            return null;
        }
        return convertedTo == SuggestionConversion.PROPOSAL ? "/proposals/" + convertedId : "/opinions/" + convertedId;
    }

    public String convertedLabel() {
        return convertedTo == SuggestionConversion.PROPOSAL ? "已转为提案草稿" : "已转为社情民意信息";
    }
}
