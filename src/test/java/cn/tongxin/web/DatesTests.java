package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Pages show times in the committee's time zone (the clock's zone), to the minute or to the second. */
class DatesTests {

    private final Dates dates = new Dates(Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Shanghai")));

    @Test
    void aTimeIsShownInTheCommitteesZoneToTheMinute() {
        assertThat(dates.time(Instant.parse("2026-03-01T16:05:59Z"))).isEqualTo("2026-03-02 00:05");
    }

    @Test
    void aPreciseTimeKeepsTheSeconds() {
        assertThat(dates.precise(Instant.parse("2026-03-01T16:05:59Z"))).isEqualTo("2026-03-02 00:05:59");
    }

    @Test
    void noTimeIsShownAsNothing() {
        assertThat(dates.time(null)).isEmpty();
        assertThat(dates.precise(null)).isEmpty();
    }
}
