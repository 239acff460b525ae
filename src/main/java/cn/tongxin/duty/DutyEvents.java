package cn.tongxin.duty;

import java.time.LocalDate;

import cn.tongxin.shared.SubjectType;

/** Facts of the members on duty that other modules react to (the member's performance record). */
public final class DutyEvents {

    private DutyEvents() {
    }

    /**
     * A question of {@code memberId}'s shift was answered on {@code on} (by the member or, for them, by the office).
     */
    public record Answered(long committeeId, long questionId, long memberId, LocalDate on, String excerpt) {
    }

    /** A question of {@code memberId}'s shift became {@code to} {@code createdId} on {@code on}. */
    public record Converted(long committeeId, long questionId, long memberId, LocalDate on, String excerpt, SubjectType to,
                            long createdId) {
    }

    static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40);
    }
}
