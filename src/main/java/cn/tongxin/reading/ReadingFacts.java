package cn.tongxin.reading;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading notes of a year (by the day read) as they stand now, for rebuilding members' performance records: the
 * events the records stand for. Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class ReadingFacts {

    private final JdbcClient jdbc;

    ReadingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Object> replay(long committeeId, int year) {
        return jdbc.sql("""
                select id, group_id, member_id, book, read_on from reading_note
                 where committee_id = ? and status = 'PUBLISHED' and read_on >= ? and read_on < ? order by id""")
                .params(committeeId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> (Object) new ReadingEvents.NotePosted(committeeId, rs.getLong("id"), rs.getLong("group_id"),
                        rs.getLong("member_id"), rs.getString("book"), rs.getObject("read_on", LocalDate.class)))
                .list();
    }
}
