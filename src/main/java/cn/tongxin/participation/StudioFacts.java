package cn.tongxin.participation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 为民办实事 facts of a year as they stand now, for rebuilding members' performance records: the events the
 * records stand for. Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class StudioFacts {

    private final JdbcClient jdbc;

    StudioFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Object> replay(long committeeId, int year) {
        return jdbc.sql("""
                select id, studio_id, member_id, title, happened_on from studio_deed
                 where committee_id = ? and happened_on >= ? and happened_on < ? order by id""")
                .params(committeeId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> (Object) new StudioEvents.DeedRecorded(committeeId, rs.getLong("id"), rs.getLong("studio_id"),
                        rs.getObject("member_id", Long.class), rs.getString("title"), rs.getObject("happened_on", LocalDate.class)))
                .list();
    }
}
