package cn.tongxin.opinion.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year's bulletin counter. Taking a number locks the counter row until the transaction ends, so numbers are
 * handed out one at a time and a rolled-back issue gives its number back: no gaps, no duplicates.
 */
@Component
public class BulletinNumbers {

    private final JdbcClient jdbc;

    BulletinNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int next(long committeeId, int year) {
        jdbc.sql("insert into bulletin_counter (committee_id, year, last_number) values (?, ?, 0) on conflict do nothing")
                .params(committeeId, year).update();
        return jdbc.sql("update bulletin_counter set last_number = last_number + 1 where committee_id = ? and year = ? returning last_number")
                .params(committeeId, year).query(Integer.class).single();
    }
}
