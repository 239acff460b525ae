package cn.tongxin.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a thing was received (a paper proposal at the plenary, a letter last month), given by staff who enter it on
 * someone's behalf. It is never in the future and never before the current term began (earlier years are imported);
 * it is counted by the moment {@link #moment} gives, whose local day is always that day.
 */
public final class ReceivedDates {

    private ReceivedDates() {
    }

    /** Why a date received is refused, if it is. {@code termStart} null: the committee has no current term. */
    public static Optional<String> refusal(LocalDate day, LocalDate today, LocalDate termStart) {
        if (day.isAfter(today)) {
            return Optional.of("收到日期不能晚于今天（" + today + "）");
        }
        if (termStart != null && day.isBefore(termStart)) {
            return Optional.of("收到日期早于本届开始日期（" + termStart + "），往届的记录请通过历史数据导入");
        }
        return Optional.empty();
    }

    /** The moment counted: now when received today, else the start of the day received in the clock's zone. */
    public static Instant moment(LocalDate day, Clock clock) {
        Instant now = Instant.now(clock);
        return day.equals(LocalDate.ofInstant(now, clock.getZone())) ? now : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
