package cn.tongxin.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.SubjectType;

/**
 * The questions answered or converted in a year as they stand now, for rebuilding members' performance records: the
 * events the records stand for. Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class DutyFacts {

    private final JdbcClient jdbc;
    private final Clock clock;

    DutyFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Object> replay(long committeeId, int year) {
        var zone = clock.getZone();
        return jdbc.sql("""
                select q.id, s.member_id, q.text, q.status, q.answered_at, q.converted_type, q.converted_id
                  from duty_question q join duty_shift s on s.id = q.shift_id
                 where q.committee_id = ? and q.status in ('ANSWERED', 'CONVERTED') and q.answered_at >= ? and q.answered_at < ?
                 order by q.id""")
                .params(committeeId, LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime(),
                        LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, n) -> {
                    LocalDate on = rs.getTimestamp("answered_at").toInstant().atZone(zone).toLocalDate();
                    String excerpt = DutyEvents.excerpt(rs.getString("text"));
                    return "CONVERTED".equals(rs.getString("status"))
                            ? (Object) new DutyEvents.Converted(committeeId, rs.getLong("id"), rs.getLong("member_id"), on, excerpt,
                                    SubjectType.valueOf(rs.getString("converted_type")), rs.getLong("converted_id"))
                            : new DutyEvents.Answered(committeeId, rs.getLong("id"), rs.getLong("member_id"), on, excerpt);
                })
                .list();
    }
}
