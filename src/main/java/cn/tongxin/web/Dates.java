package cn.tongxin.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for pages in the committee's time zone: {@code ${@dates.time(x)}}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(clock.getZone()));
    }

    public String precise(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant.atZone(clock.getZone()));
    }
}
