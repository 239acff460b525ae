package cn.tongxin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.support.IntegrationTest;

/** Deadlines in working days skip weekends and the committee's holidays, and count adjusted working weekends. */
@IntegrationTest
class WorkingDaysTests {

    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    long committee() {
        return jdbc.sql("insert into committee (name, level) values (?, 'COUNTY') returning id")
                .param("日历测试政协" + System.nanoTime()).query(Long.class).single();
    }

    @Test
    void fifteenWorkingDaysWithoutHolidays() {
        long c = committee();
        // Monday 2026-03-02 + 15 working days = Monday 2026-03-23
        assertThat(workingDays.add(c, LocalDate.of(2026, 3, 2), 15)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void theNationalDayHolidayPushesTheDeadline() {
        long c = committee();
        for (int d = 1; d <= 7; d++) {
            jdbc.sql("insert into calendar_day (committee_id, day, working, note) values (?, ?, false, '国庆节')")
                    .params(c, LocalDate.of(2026, 10, d)).update();
        }
        // Saturday 2026-10-10 is an adjusted working day
        jdbc.sql("insert into calendar_day (committee_id, day, working, note) values (?, ?, true, '调休')")
                .params(c, LocalDate.of(2026, 10, 10)).update();
        // From Tue 2026-09-29: 9-30 (1), [10-1..10-7 holiday], 10-8 (2), 10-9 (3), 10-10 Sat adjusted (4), 10-12 (5) …
        assertThat(workingDays.add(c, LocalDate.of(2026, 9, 29), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(workingDays.add(c, LocalDate.of(2026, 9, 29), 15)).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(workingDays.isWorkingDay(c, LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(workingDays.isWorkingDay(c, LocalDate.of(2026, 10, 10))).isTrue();
    }
}
