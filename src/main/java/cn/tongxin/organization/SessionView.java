package cn.tongxin.organization;

import java.time.LocalDate;

/** A plenary session (第N次会议) of a term, with its proposal submission deadline. */
public record SessionView(long id, long termId, String termName, int number, String name, LocalDate openingDate,
                          LocalDate closingDate, LocalDate submissionDeadline, int version) {
}
