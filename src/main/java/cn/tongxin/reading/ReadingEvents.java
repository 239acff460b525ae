package cn.tongxin.reading;

import java.time.LocalDate;

/** Facts of the reading programme that other modules react to (the member's performance record). */
public final class ReadingEvents {

    private ReadingEvents() {
    }

    /** A member posted a reading note about {@code book}, read on {@code readOn} (the day read, not the day typed). */
    public record NotePosted(long committeeId, long noteId, long groupId, long memberId, String book, LocalDate readOn) {
    }

    /** A note was removed (by its author or the office): it no longer counts. */
    public record NoteRemoved(long committeeId, long noteId, long memberId) {
    }
}
