package cn.tongxin.participation;

import java.time.LocalDate;

/** Facts of studios' work that other modules react to (the member's performance record, the rollups). */
public final class StudioEvents {

    private StudioEvents() {
    }

    /**
     * A 为民办实事 item was recorded for studio {@code studioId}, credited to {@code memberId} (null: the studio as a
     * whole), on the day it happened ({@code happenedOn}, not the day it was typed).
     */
    public record DeedRecorded(long committeeId, long deedId, long studioId, Long memberId, String title, LocalDate happenedOn) {
    }
}
