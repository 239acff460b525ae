package cn.tongxin.shared;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** A statistics period: a year, or from/to (either may be open: from 1 January of this year, to today). */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange resolve(Integer year, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = year != null ? LocalDate.of(year, 1, 1) : from != null ? from : today.withDayOfYear(1);
        LocalDate end = year != null ? LocalDate.of(year, 12, 31) : to != null ? to : today;
        if (end.isBefore(start)) {
            throw BusinessException.invalid("结束日期不能早于开始日期");
        }
        return new DateRange(start, end);
    }

    /** The first instant of the period. */
    public Timestamp startsAt(ZoneId zone) {
        return Timestamp.from(from.atStartOfDay(zone).toInstant());
    }

    /** The first instant after the period. */
    public Timestamp endsBefore(ZoneId zone) {
        return Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
