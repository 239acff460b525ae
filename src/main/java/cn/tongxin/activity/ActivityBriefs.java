package cn.tongxin.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's activities in brief, for modules that link to them (a frontline consultation point's activities): title,
 * type, when, whether cancelled, and the members' attendance (出席 + 列席 records). Always within the given committee:
 * another committee's activity is simply not found. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ActivityBriefs {

    private final JdbcClient jdbc;

    ActivityBriefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Brief(long id, String title, ActivityType type, Instant startsAt, String place, boolean cancelled, long attendance) {
        public String link() {
            return "/activities/" + id;
        }
    }

    public Optional<Brief> find(long committeeId, long activityId) {
        return of(committeeId, java.util.List.of(activityId)).values().stream().findFirst();
    }

    /** In the order of their start, one statement whatever their number. */
    public Map<Long, Brief> of(long committeeId, Collection<Long> activityIds) {
        Map<Long, Brief> briefs = new LinkedHashMap<>();
        if (activityIds.isEmpty()) {
            return briefs;
        }
        jdbc.sql("""
                select a.id, a.title, a.type, a.starts_at, a.place, a.status = 'CANCELLED' as cancelled,
                       (select count(*) from activity_attendance t where t.activity_id = a.id) as attendance
                  from activity a
                 where a.committee_id = :committee and a.id = any(cast(:ids as bigint[]))
                 order by a.starts_at, a.id""")
                .param("committee", committeeId).param("ids", activityIds.toArray(Long[]::new))
                .query((rs, n) -> briefs.put(rs.getLong("id"), new Brief(rs.getLong("id"), rs.getString("title"),
                        ActivityType.valueOf(rs.getString("type")), rs.getTimestamp("starts_at").toInstant(), rs.getString("place"),
                        rs.getBoolean("cancelled"), rs.getLong("attendance"))))
                .list();
        return briefs;
    }
}
