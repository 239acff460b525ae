package cn.tongxin.frontline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problems solved by a point's member in a year as they stand now, for rebuilding members' performance records:
 * the events the records stand for. Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class FrontlineFacts {

    private final JdbcClient jdbc;

    FrontlineFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Object> replay(long committeeId, int year) {
        return jdbc.sql("""
                select id, point_id, solved_on, solved_by_member_id, title from frontline_problem
                 where committee_id = ? and status = 'SOLVED' and solved_by_member_id is not null and solved_on >= ? and solved_on < ?
                 order by id""")
                .params(committeeId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> (Object) new FrontlineProblem.Solved(committeeId, rs.getLong("point_id"), rs.getLong("id"),
                        rs.getObject("solved_on", LocalDate.class), rs.getLong("solved_by_member_id"), rs.getString("title")))
                .list();
    }
}
