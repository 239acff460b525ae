package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A subject handed to units, with the deadlines its own rules give (the subject computes them: months for proposals,
 * working days for micro-suggestions) and the members who will rate the answer.
 *
 * @param responsibleUnits the sole unit, the lead unit, or every unit of a split
 * @param coUnits          co-handling units (only with {@link HandlingMode#LEAD_WITH_CO})
 * @param link             where people find the subject, for messages
 */
public record AssignRequest(SubjectType subjectType, long subjectId, String title, String link, HandlingMode mode,
                            List<Long> responsibleUnits, List<Long> coUnits, Set<Long> raters, LocalDate dueDate,
                            LocalDate maxDueDate, LocalDate coOpinionDue, LocalDate objectionUntil,
                            int ratingWindowDays, int rehandleMonths) {
}
