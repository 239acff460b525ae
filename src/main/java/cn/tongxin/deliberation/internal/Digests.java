package cn.tongxin.deliberation.internal;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published months of standing calls' digests. */
@Repository
public class Digests {

    private final JdbcClient jdbc;

    Digests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean publish(long topicId, String month, String note, String by) {
        return jdbc.sql("""
                insert into deliberation_digest (topic_id, month, note, published_by) values (?, ?, ?, ?)
                on conflict (topic_id, month) do update set note = excluded.note""")
                .params(topicId, month, note, by).update() > 0;
    }

    public Set<String> published(long topicId) {
        return new TreeSet<>(jdbc.sql("select month from deliberation_digest where topic_id = ?").param(topicId).query(String.class).list());
    }

    public java.util.Optional<String> note(long topicId, String month) {
        return jdbc.sql("select coalesce(note, '') from deliberation_digest where topic_id = ? and month = ?").params(topicId, month)
                .query(String.class).optional();
    }
}
