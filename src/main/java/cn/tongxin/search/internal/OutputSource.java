package cn.tongxin.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.OutputKind;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * An activity output's document (report, speech, 建议案 …) with leaders' instructions on it: found by whoever may open
 * its activity, and its authors.
 */
@Component
class OutputSource implements IndexSource {

    private final JdbcClient jdbc;
    private final ActivitySource activities;
    private final OutcomeTexts outcomes;

    OutputSource(JdbcClient jdbc, ActivitySource activities, OutcomeTexts outcomes) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.outcomes = outcomes;
    }

    @Override
    public SubjectType type() {
        return SubjectType.ACTIVITY_OUTPUT;
    }

    private record Row(long id, long committeeId, long activityId, OutputKind kind, String title, String text, LocalDate on) {
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        return jdbc.sql("""
                select o.id, o.committee_id, o.activity_id, o.kind, o.title, coalesce(o.text, '') as text,
                       (a.starts_at at time zone 'Asia/Shanghai')::date as held_on
                  from activity_output o join activity a on a.id = o.activity_id where o.id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("committee_id"), rs.getLong("activity_id"),
                        OutputKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("text"),
                        rs.getObject("held_on", LocalDate.class)))
                .optional().map(this::document);
    }

    private SearchDocument document(Row o) {
        SearchDocument.Visibility activity = activities.visibility(o.activityId());
        List<Long> members = new ArrayList<>(activity.memberIds());
        jdbc.sql("select member_id from activity_output_author where output_id = ? order by member_id").param(o.id())
                .query(Long.class).list().stream().filter(m -> !members.contains(m)).forEach(members::add);
        return new SearchDocument(SubjectRef.of(type(), o.id()), o.committeeId(), o.on(), o.kind().label(), "已记录", List.of(),
                String.valueOf(o.activityId()), null, o.title(), o.text(), outcomes.of(o.committeeId(), SubjectRef.of(type(), o.id())),
                new SearchDocument.Visibility(true, activity.members(), members, activity.unitIds(), List.of()));
    }

    @Override
    public List<Long> ids(Long committeeId, long afterId, int limit) {
        return jdbc.sql("""
                select id from activity_output where (cast(:committee as bigint) is null or committee_id = :committee) and id > :after
                 order by id limit :limit""")
                .param("committee", committeeId).param("after", afterId).param("limit", limit).query(Long.class).list();
    }
}
