package cn.tongxin.activity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's consultation activities (协商议政: 专题协商, 远程协商 …) that something else can precede, e.g. a
 * questionnaire that collects opinions before the meeting. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationActivities {

    private static final String[] TYPES = Arrays.stream(ActivityType.values())
            .filter(t -> t.category() == ActivityType.Category.CONSULTATION).map(Enum::name).toArray(String[]::new);

    private final JdbcClient jdbc;

    ConsultationActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A consultation activity as a link shows it. */
    public record Consultation(long id, String title, String typeLabel, Instant startsAt) {
    }

    /** The committee's consultation activity with this id, if it is one (not cancelled). */
    public Optional<Consultation> find(long committeeId, long id) {
        return jdbc.sql("select id, title, type, starts_at from activity where committee_id = ? and id = ? and type = any(?)"
                        + " and status <> 'CANCELLED'")
                .params(committeeId, id, TYPES).query((rs, n) -> consultation(rs)).optional();
    }

    /** The committee's latest consultation activities (newest first, at most {@code limit}), to choose one from. */
    public List<Consultation> latest(long committeeId, int limit) {
        return jdbc.sql("select id, title, type, starts_at from activity where committee_id = ? and type = any(?)"
                        + " and status <> 'CANCELLED' order by starts_at desc, id desc limit ?")
                .params(committeeId, TYPES, limit).query((rs, n) -> consultation(rs)).list();
    }

    private static Consultation consultation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Consultation(rs.getLong("id"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")).label(),
                rs.getTimestamp("starts_at").toInstant());
    }
}
