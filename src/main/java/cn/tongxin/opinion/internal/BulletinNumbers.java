package cn.tongxin.opinion.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A series' bulletin counter of a year (the year of the issue date). Taking a number locks the counter row until the
 * transaction ends, so numbers are handed out one at a time and a rolled-back issue gives its number back: no gaps, no
 * duplicates.
 */
@Component
public class BulletinNumbers {

    private final JdbcClient jdbc;

    BulletinNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int next(long committeeId, String series, int year) {
        jdbc.sql("insert into bulletin_counter (committee_id, series, year, last_number) values (?, ?, ?, 0) on conflict do nothing")
                .params(committeeId, series, year).update();
        return jdbc.sql("""
                update bulletin_counter set last_number = last_number + 1
                 where committee_id = ? and series = ? and year = ? returning last_number""")
                .params(committeeId, series, year).query(Integer.class).single();
    }
}
