package cn.tongxin.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityStatus;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * An activity's document: title, topic, organiser and place. Found as the activity page allows: the office, members
 * invited or checked in (every member when observers are welcome), units linked to it.
 */
@Component
class ActivitySource implements IndexSource {

    private final JdbcClient jdbc;

    ActivitySource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SubjectType type() {
        return SubjectType.ACTIVITY;
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        return jdbc.sql("""
                select id, committee_id, title, type, status, concat_ws(E'\\n', topic, organiser_name, place, leaders) as text,
                       (starts_at at time zone 'Asia/Shanghai')::date as held_on
                  from activity where id = ?""").param(id)
                .query((rs, n) -> new SearchDocument(SubjectRef.of(type(), id), rs.getLong("committee_id"),
                        rs.getObject("held_on", LocalDate.class), ActivityType.valueOf(rs.getString("type")).label(),
                        ActivityStatus.valueOf(rs.getString("status")).label(), List.of(), null, null, rs.getString("title"),
                        rs.getString("text"), "", visibility(rs.getLong("id"))))
                .optional();
    }

    /** Who may open the activity (and the outputs shown on its page). */
    SearchDocument.Visibility visibility(long activityId) {
        boolean observers = jdbc.sql("select allow_observers from activity where id = ?").param(activityId).query(Boolean.class).single();
        List<Long> members = jdbc.sql("""
                select member_id from activity_invitee where activity_id = :id
                union select member_id from activity_attendance where activity_id = :id order by 1""")
                .param("id", activityId).query(Long.class).list();
        List<Long> units = jdbc.sql("select target_id from activity_link where activity_id = ? and kind = 'UNIT' order by 1")
                .param(activityId).query(Long.class).list();
        return new SearchDocument.Visibility(true, observers, members, units, List.of());
    }

    List<Long> outputIds(long activityId) {
        return jdbc.sql("select id from activity_output where activity_id = ? order by id").param(activityId).query(Long.class).list();
    }

    @Override
    public List<Long> ids(Long committeeId, long afterId, int limit) {
        return jdbc.sql("""
                select id from activity where (cast(:committee as bigint) is null or committee_id = :committee) and id > :after
                 order by id limit :limit""")
                .param("committee", committeeId).param("after", afterId).param("limit", limit).query(Long.class).list();
    }
}
