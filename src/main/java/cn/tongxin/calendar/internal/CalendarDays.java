package cn.tongxin.calendar.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.calendar.WorkingDays.SpecialDay;

/** The SQL of the calendar_day table: the days that differ from the Monday-to-Friday rule. */
@Repository
public class CalendarDays {

    private final JdbcClient jdbc;

    CalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Day → working, for the special days between from and to (inclusive). */
    public Map<LocalDate, Boolean> overrides(long committeeId, LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> map = new HashMap<>();
        jdbc.sql("select day, working from calendar_day where committee_id = ? and day between ? and ?")
                .params(committeeId, from, to)
                .query((rs, n) -> map.put(rs.getObject("day", LocalDate.class), rs.getBoolean("working"))).list();
        return map;
    }

    public List<SpecialDay> between(long committeeId, LocalDate from, LocalDate to) {
        return jdbc.sql("select day, working, note from calendar_day where committee_id = ? and day between ? and ? order by day")
                .params(committeeId, from, to)
                .query((rs, n) -> new SpecialDay(rs.getObject("day", LocalDate.class), rs.getBoolean("working"), rs.getString("note")))
                .list();
    }

    public void save(long committeeId, LocalDate day, boolean working, String note) {
        jdbc.sql("""
                insert into calendar_day (committee_id, day, working, note) values (?, ?, ?, ?)
                on conflict (committee_id, day) do update set working = excluded.working, note = excluded.note""")
                .params(committeeId, day, working, note).update();
    }

    /** The number of rows removed. */
    public int delete(long committeeId, LocalDate day) {
        return jdbc.sql("delete from calendar_day where committee_id = ? and day = ?").params(committeeId, day).update();
    }
}
