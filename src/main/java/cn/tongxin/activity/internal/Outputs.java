package cn.tongxin.activity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.activity.OutputKind;

/** Speeches and outputs of activities with their authors. */
@Repository
public class Outputs {

    public record Output(long id, long activityId, OutputKind kind, String title, boolean needsResponse) {
    }

    private final JdbcClient jdbc;

    Outputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long committeeId, long activityId, OutputKind kind, String title, String text, Collection<Long> authors, String by) {
        long id = jdbc.sql("""
                insert into activity_output (committee_id, activity_id, kind, title, text, needs_response, recorded_by)
                values (?, ?, ?, ?, ?, false, ?) returning id""")
                .params(committeeId, activityId, kind.name(), title, text, by).query(Long.class).single();
        authors.forEach(m -> jdbc.sql("insert into activity_output_author (output_id, member_id) values (?, ?)").params(id, m).update());
        return id;
    }

    public Optional<Output> find(long id, long committeeId) {
        return jdbc.sql("select id, activity_id, kind, title, needs_response from activity_output where id = ? and committee_id = ?")
                .params(id, committeeId).query(Outputs::output).optional();
    }

    /** The output, locked until the transaction ends (one hand-over to units at a time). */
    public Optional<Output> lock(long id, long committeeId) {
        return jdbc.sql("select id, activity_id, kind, title, needs_response from activity_output where id = ? and committee_id = ? for update")
                .params(id, committeeId).query(Outputs::output).optional();
    }

    public List<Long> authors(long id) {
        return jdbc.sql("select member_id from activity_output_author where output_id = ? order by member_id").param(id).query(Long.class).list();
    }

    /** The output's text and its authors' names, for sending it to the upper committee. */
    public record Content(String text, List<String> authorNames) {
    }

    public Content content(long id) {
        String text = jdbc.sql("select text from activity_output where id = ?").param(id).query(String.class).optional().orElse(null);
        List<String> names = jdbc.sql("""
                select m.name from activity_output_author a join member m on m.id = a.member_id where a.output_id = ? order by m.name""")
                .param(id).query(String.class).list();
        return new Content(text, names);
    }

    public void handedToUnits(long id) {
        jdbc.sql("update activity_output set needs_response = true where id = ?").param(id).update();
    }

    private static Output output(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Output(rs.getLong("id"), rs.getLong("activity_id"), OutputKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getBoolean("needs_response"));
    }
}
