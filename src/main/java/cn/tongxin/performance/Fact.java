package cn.tongxin.performance;

import java.time.LocalDate;

import cn.tongxin.shared.SubjectRef;

/**
 * A fact as the listeners hand it to the record: one member, one source record and slot (see {@link FactKind#slot()}),
 * the day it happened. {@code sharers} is the number of co-signers on the source (for "lead half" items).
 */
public record Fact(long committeeId, long memberId, LocalDate on, FactKind kind, String qualifier, MemberRole role,
                   int sharers, SubjectRef source, String title, String link) {

    /** The replacement key within the source: kinds that replace each other share it; levels and leaders do not. */
    public String slot() {
        return switch (kind) {
            case REPORT_ADOPTED, OUTPUT_ADOPTED, REPORT_INSTRUCTED, OUTPUT_INSTRUCTED, AWARDED -> kind.slot() + ":" + qualifier;
            default -> kind.slot();
        };
    }
}
