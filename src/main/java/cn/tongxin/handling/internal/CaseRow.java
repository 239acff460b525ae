package cn.tongxin.handling.internal;

import cn.tongxin.shared.SubjectType;
import java.time.Instant;
import java.time.LocalDate;

import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.HandlingMode;

/** A handling case as stored; loaded with a row lock for every change. */
public record CaseRow(long id, long committeeId, SubjectType subjectType, long subjectId, String subjectTitle, String subjectLink, HandlingMode mode,
               CaseStatus status, int round, Instant assignedAt, LocalDate dueDate, LocalDate maxDueDate,
               LocalDate coOpinionDue, LocalDate objectionUntil, int ratingWindowDays, int rehandleMonths,
               Instant repliedAt, LocalDate ratingDue, int version) {

    public cn.tongxin.shared.SubjectRef subject() {
        return new cn.tongxin.shared.SubjectRef(subjectType, subjectId);
    }
}
