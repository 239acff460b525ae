package cn.tongxin.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.deliberation.CommentRow;
import cn.tongxin.deliberation.CommentStatus;

/** Comments, the live cursor and reports of deliberation topics (SQL beside the tables it owns). */
@Repository
public class CommentStore {

    private static final String COLUMNS = """
            select id, topic_id, parent_id, author_kind, author_user_id, member_id, author_name, author_key, text, status, reason,
                   best, written_at, created_version, shown_version, changed_version, reply_count, report_count,
                   reply_to_id, reply_to_name, revision, edited_at
              from deliberation_comment""";
    /** What others see of a topic: published comments, hidden ones as a placeholder, held ones only with visible replies. */
    private static final String VISIBLE = "(status in ('PUBLISHED', 'HIDDEN') or reply_count > 0"
            + " or author_user_id = :user or author_key = :key)";

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void openLive(long topicId) {
        jdbc.sql("insert into deliberation_live (topic_id) values (?) on conflict do nothing").param(topicId).update();
    }

    /** The cursor's version and the count of published comments; a primary-key read, what an idle poll costs. */
    public record Live(long version, int comments) {
    }

    public Optional<Live> live(long topicId) {
        return jdbc.sql("select version, comments from deliberation_live where topic_id = ?").param(topicId)
                .query((rs, n) -> new Live(rs.getLong("version"), rs.getInt("comments"))).optional();
    }

    public Optional<Long> publicVersion(long committeeId, long topicId) {
        return jdbc.sql("""
                select l.version from deliberation_live l join deliberation_topic t on t.id = l.topic_id
                 where l.topic_id = ? and t.committee_id = ? and t.audience = 'PUBLIC'""")
                .params(topicId, committeeId).query(Long.class).optional();
    }

    /**
     * Moves the cursor on (and the published count by {@code published}); the row stays locked until commit, so changes
     * to one topic commit in the order of their versions and a poll never skips one.
     */
    public long bump(long topicId, int published) {
        return jdbc.sql("update deliberation_live set version = version + 1, comments = comments + ? where topic_id = ? returning version")
                .params(published, topicId).query(Long.class).single();
    }

    /** Where a new comment goes: a new thread, or the thread of {@code head}, answering the reply {@code replyTo} if any. */
    public record Place(Long head, Long replyTo, String replyToName) {

        public static final Place THREAD = new Place(null, null, null);
    }

    public long insert(long committeeId, long topicId, Place place, boolean byMember, Long userId, Long memberId, String name,
                       String authorKey, String text, CommentStatus status, long version) {
        return jdbc.sql("""
                insert into deliberation_comment (committee_id, topic_id, parent_id, reply_to_id, reply_to_name, author_kind, author_user_id,
                       member_id, author_name, author_key, text, status, created_version, shown_version, changed_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, topicId, place.head(), place.replyTo(), place.replyToName(), byMember ? "MEMBER" : "CITIZEN", userId,
                        memberId, name, authorKey, text, status.name(), version, status == CommentStatus.PUBLISHED ? version : null, version)
                .query(Long.class).single();
    }

    public Optional<CommentRow> find(long committeeId, long id) {
        return jdbc.sql(COLUMNS + " where committee_id = ? and id = ?").params(committeeId, id).query(CommentStore::row).optional();
    }

    public Optional<CommentRow> lock(long committeeId, long id) {
        return jdbc.sql(COLUMNS + " where committee_id = ? and id = ? for update").params(committeeId, id).query(CommentStore::row).optional();
    }

    /**
     * Locks the rows a change of this comment touches in ascending id (its thread's head, the reply it answers, itself)
     * and reads it again. Every path that changes a comment locks in the same order — its moderation item first, then
     * these rows, then the topic's live cursor — so that two such paths wait for each other instead of deadlocking.
     */
    public CommentRow lockFamily(CommentRow c) {
        return jdbc.sql(COLUMNS + " where id = any(?) order by id for update").param(c.family().toArray(Long[]::new))
                .query(CommentStore::row).list().stream()
                .filter(r -> r.id() == c.id()).findFirst().orElseThrow();
    }

    /** A new status from moderation; the parent's count of visible replies follows. */
    public void moderated(CommentRow c, CommentStatus to, String reason, long version) {
        jdbc.sql("""
                update deliberation_comment set status = ?, reason = ?, changed_version = ?,
                       shown_version = case when ? = 'PUBLISHED' then coalesce(shown_version, ?) else shown_version end
                 where id = ?""")
                .params(to.name(), reason, version, to.name(), version, c.id()).update();
        int delta = (visible(to) ? 1 : 0) - (visible(c.status()) ? 1 : 0);
        if (delta != 0) {
            hanging(c.parentId(), delta);
            hanging(c.replyToId(), delta);
        }
    }

    /** A visible comment now hangs under the thread's head and the reply it answers (in this order: ascending ids). */
    public void replied(Place place) {
        hanging(place.head(), 1);
        hanging(place.replyTo(), 1);
    }

    private void hanging(Long id, int delta) {
        if (id != null) {
            jdbc.sql("update deliberation_comment set reply_count = reply_count + ? where id = ?").params(delta, id).update();
        }
    }

    /** The author's new text: one more revision, marked edited, shown as changed from {@code version}. */
    public void edited(long id, String text, long version) {
        jdbc.sql("update deliberation_comment set text = ?, revision = revision + 1, edited_at = now(), changed_version = ? where id = ?")
                .params(text, version, id).update();
    }

    public void markBest(long id, boolean best, long version) {
        jdbc.sql("update deliberation_comment set best = ?, changed_version = ? where id = ?").params(best, version, id).update();
    }

    /** Records a report once per reporter; the comment's count when it was new, else empty. */
    public Optional<Integer> report(long commentId, String reporterKey) {
        int added = jdbc.sql("insert into deliberation_report (comment_id, reporter_key) values (?, ?) on conflict do nothing")
                .params(commentId, reporterKey).update();
        if (added == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("update deliberation_comment set report_count = report_count + 1 where id = ? returning report_count")
                .param(commentId).query(Integer.class).single());
    }

    /** The newest threads a viewer sees, before {@code before} (keyset), {@code limit} of them. */
    public List<CommentRow> threads(long topicId, boolean all, Long userId, String key, Long before, int limit) {
        return jdbc.sql(COLUMNS + " where topic_id = :topic and parent_id is null" + (all ? "" : " and " + VISIBLE)
                        + (before == null ? "" : " and id < :before") + " order by id desc limit :limit")
                .param("topic", topicId).param("user", userId == null ? -1L : userId).param("key", key == null ? "-" : key)
                .param("before", before == null ? 0L : before).param("limit", limit)
                .query(CommentStore::row).list();
    }

    /** The replies a viewer sees under these threads (a reply to a reply included, flattened), oldest first. */
    public List<CommentRow> replies(Collection<Long> parents, boolean all, Long userId, String key) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where parent_id = any(:parents)" + (all ? "" : " and " + VISIBLE) + " order by id")
                .param("parents", parents.toArray(Long[]::new)).param("user", userId == null ? -1L : userId)
                .param("key", key == null ? "-" : key).query(CommentStore::row).list();
    }

    /** What changed after a version (at most {@code limit}), oldest first. */
    public List<CommentRow> changedSince(long topicId, long since, int limit) {
        return jdbc.sql(COLUMNS + " where topic_id = ? and changed_version > ? order by changed_version, id limit ?")
                .params(topicId, since, limit).query(CommentStore::row).list();
    }

    /** Every published comment in thread order (export); best ones only when asked. */
    public List<CommentRow> published(long topicId, boolean bestOnly) {
        return jdbc.sql(COLUMNS + " where topic_id = ? and status = 'PUBLISHED'" + (bestOnly ? " and best" : "")
                        + " order by coalesce(parent_id, id), parent_id nulls first, id")
                .param(topicId).query(CommentStore::row).list();
    }

    /** The best published comments written in a month of the committee's zone. */
    public List<CommentRow> bestOfMonth(long topicId, String month, String zone) {
        return jdbc.sql(COLUMNS + " where topic_id = ? and best and status = 'PUBLISHED' and to_char(written_at at time zone ?, 'YYYY-MM') = ?"
                        + " order by written_at, id")
                .params(topicId, zone, month).query(CommentStore::row).list();
    }

    /** Months with best comments, newest first, with their count. */
    public List<MonthCount> bestMonths(long topicId, String zone) {
        return jdbc.sql("""
                select to_char(written_at at time zone ?, 'YYYY-MM') as month, count(*) as n from deliberation_comment
                 where topic_id = ? and best and status = 'PUBLISHED' group by 1 order by 1 desc""")
                .params(zone, topicId).query((rs, n) -> new MonthCount(rs.getString("month"), rs.getLong("n"))).list();
    }

    public record MonthCount(String month, long comments) {
    }

    /** How many comments of the topic stand in each status (the office's counts). */
    public java.util.Map<CommentStatus, Long> counts(long topicId) {
        var counts = new java.util.EnumMap<CommentStatus, Long>(CommentStatus.class);
        for (CommentStatus s : CommentStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select status, count(*) as n from deliberation_comment where topic_id = ? group by status").param(topicId)
                .query((rs, n) -> counts.put(CommentStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    private static boolean visible(CommentStatus s) {
        return s == CommentStatus.PUBLISHED || s == CommentStatus.HIDDEN;
    }

    private static CommentRow row(ResultSet rs, int n) throws SQLException {
        return new CommentRow(rs.getLong("id"), rs.getLong("topic_id"), (Long) rs.getObject("parent_id"),
                "MEMBER".equals(rs.getString("author_kind")), (Long) rs.getObject("author_user_id"), (Long) rs.getObject("member_id"),
                rs.getString("author_name"), rs.getString("author_key"), rs.getString("text"), CommentStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getBoolean("best"), rs.getTimestamp("written_at").toInstant(), rs.getLong("created_version"),
                (Long) rs.getObject("shown_version"), rs.getLong("changed_version"), rs.getInt("reply_count"), rs.getInt("report_count"),
                (Long) rs.getObject("reply_to_id"), rs.getString("reply_to_name"), rs.getInt("revision"),
                rs.getTimestamp("edited_at") == null ? null : rs.getTimestamp("edited_at").toInstant());
    }
}
