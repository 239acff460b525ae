package cn.tongxin.memoir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' accounts selected in a year as they stand now, for rebuilding members' performance records: the events
 * the records stand for. Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class MemoirFacts {

    private final JdbcClient jdbc;
    private final Clock clock;

    MemoirFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Object> replay(long committeeId, int year) {
        var zone = clock.getZone();
        return jdbc.sql("""
                select id, member_id, title, selected_at from memoir
                 where committee_id = ? and status = 'SELECTED' and member_id is not null and selected_at >= ? and selected_at < ?
                 order by id""")
                .params(committeeId, LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime(),
                        LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, n) -> (Object) new Memoir.Selected(committeeId, rs.getLong("id"), rs.getLong("member_id"),
                        rs.getTimestamp("selected_at").toInstant().atZone(zone).toLocalDate(), rs.getString("title")))
                .list();
    }
}
