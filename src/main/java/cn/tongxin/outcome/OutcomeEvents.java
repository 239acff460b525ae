package cn.tongxin.outcome;

import java.time.LocalDate;

import cn.tongxin.shared.SubjectRef;

/**
 * Outcomes as facts, dated when they happened. The subject's module knows its authors and credits them; outcome
 * only says what was adopted or instructed.
 */
public final class OutcomeEvents {

    private OutcomeEvents() {
    }

    /** 采用 at a level, single (单篇) or combined (综合), on the day it was adopted. */
    public record Adopted(SubjectRef subject, long committeeId, AdoptionLevel level, boolean combined, LocalDate adoptedOn) {
    }

    /** 批示 by a leader of a level, on the day it was written. */
    public record Instructed(SubjectRef subject, long committeeId, String leader, InstructionLevel level, LocalDate instructedOn) {
    }
}
