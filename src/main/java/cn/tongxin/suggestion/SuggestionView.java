package cn.tongxin.suggestion;

import java.time.Instant;
import java.time.LocalDate;

/** {@code receivedOn}: the day it was received; {@code enteredAt}, {@code enteredBy}: when and (on behalf) by whom it was typed. */
public record SuggestionView(long id, SuggestionStatus status, String title, String body, String place, long memberId,
                             String memberName, Instant submittedAt, String rejectReason, SuggestionConversion convertedTo, Long convertedId,
                             int version, LocalDate receivedOn, Instant enteredAt, String enteredBy) {

    public SuggestionView(long id, SuggestionStatus status, String title, String body, String place, long memberId, String memberName,
                          Instant submittedAt, String rejectReason, SuggestionConversion convertedTo, Long convertedId, int version) {
        this(id, status, title, body, place, memberId, memberName, submittedAt, rejectReason, convertedTo, convertedId, version,
                null, null, null);
    }

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
