package cn.tongxin.reading;

import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.participation.ModerationChanged;
import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.ModerationStatus;
import cn.tongxin.participation.Screening;
import cn.tongxin.participation.SensitiveWords;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Likes and comments on notes. A like is a state, not a toggle: liking twice is one like, unliking what is not liked
 * changes nothing. Comments are post-moderated through participation's queue: published at once (held only when a
 * sensitive word is found); the office hides one with a reason (a placeholder keeps its place) and may undo it.
 */
@Service
@Transactional
public class NoteReactions {

    static final int MAX_COMMENT = 500;

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final ModerationQueue moderation;
    private final SensitiveWords words;

    NoteReactions(JdbcClient jdbc, ReadingAccess access, ModerationQueue moderation, SensitiveWords words) {
        this.jdbc = jdbc;
        this.access = access;
        this.moderation = moderation;
        this.words = words;
    }

    /** The note's likes after the step, and whether the reader likes it. */
    public record Likes(long noteId, long likes, boolean liked) {
    }

    /** Likes ({@code true}) or unlikes the note; idempotent either way. */
    public Likes like(long noteId, boolean like) {
        CurrentUser reader = access.reader();
        published(reader.committeeId(), noteId);
        if (like) {
            jdbc.sql("insert into reading_like (note_id, user_id) values (?, ?) on conflict do nothing").params(noteId, reader.id()).update();
        } else {
            jdbc.sql("delete from reading_like where note_id = ? and user_id = ?").params(noteId, reader.id()).update();
        }
        return likes(noteId, reader.id());
    }

    @Transactional(readOnly = true)
    public Likes likes(long noteId) {
        CurrentUser reader = access.reader();
        published(reader.committeeId(), noteId);
        return likes(noteId, reader.id());
    }

    private Likes likes(long noteId, long userId) {
        return jdbc.sql("""
                select count(*) as likes, coalesce(bool_or(user_id = ?), false) as liked from reading_like where note_id = ?""")
                .params(userId, noteId).query((rs, n) -> new Likes(noteId, rs.getLong("likes"), rs.getBoolean("liked"))).single();
    }

    /** What a comment became: its id and whether it waits for a moderator (a sensitive word was found). */
    public record Posted(long id, boolean held) {
    }

    public Posted comment(long noteId, String text) {
        CurrentUser reader = access.reader();
        published(reader.committeeId(), noteId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw ReadingAccess.invalid("text", "请填写评论内容");
        }
        if (body.codePointCount(0, body.length()) > MAX_COMMENT) {
            throw ReadingAccess.invalid("text", "评论不能超过" + MAX_COMMENT + "字");
        }
        List<String> flagged = words.foundIn(reader.committeeId(), body);
        Screening screening = new Screening(!flagged.isEmpty(), List.copyOf(flagged));
        ModerationStatus status = screening.held() ? ModerationStatus.PENDING : ModerationStatus.APPROVED;
        long id = jdbc.sql("""
                insert into reading_comment (committee_id, note_id, user_id, author_name, text, status) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(reader.committeeId(), noteId, reader.id(), reader.displayName(), body, status.name()).query(Long.class).single();
        moderation.register(reader.committeeId(), SubjectRef.of(SubjectType.READING_COMMENT, id), body, screening);
        return new Posted(id, screening.held());
    }

    /** Hides a published comment with a reason (the office); its place shows a placeholder. */
    public void hide(long commentId, String reason) {
        moderation.hide(item(commentId), reason);
    }

    /** Takes the last moderation decision back (the office): a hidden comment is shown again. */
    public void undo(long commentId) {
        moderation.undo(item(commentId));
    }

    /** The note a comment belongs to, for the page to go back to. */
    @Transactional(readOnly = true)
    public long noteOf(long commentId) {
        CurrentUser reader = access.reader();
        return jdbc.sql("select note_id from reading_comment where id = ? and committee_id = ?").params(commentId, reader.committeeId())
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("评论"));
    }

    private long item(long commentId) {
        CurrentUser office = access.office();
        jdbc.sql("select id from reading_comment where id = ? and committee_id = ?").params(commentId, office.committeeId())
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("评论"));
        return moderation.find(SubjectRef.of(SubjectType.READING_COMMENT, commentId)).orElseThrow(() -> BusinessException.notFound("评论"))
                .id();
    }

    /** A comment follows its moderation, whichever door decided (this page, or the queue's), in the same transaction. */
    @EventListener
    void on(ModerationChanged changed) {
        if (changed.subject().type() != SubjectType.READING_COMMENT) {
            return;
        }
        boolean keepsReason = changed.to() == ModerationStatus.HIDDEN || changed.to() == ModerationStatus.REJECTED;
        jdbc.sql("update reading_comment set status = ?, reason = ? where id = ? and committee_id = ?")
                .params(changed.to().name(), keepsReason ? changed.reason() : null, changed.subject().id(), changed.committeeId()).update();
    }

    /** One comment as one reader sees it: its text, or a placeholder in its place. */
    public record CommentView(long id, String authorName, String text, String placeholder, String tag, ModerationStatus status,
                              Instant writtenAt, boolean mine) {
        public boolean hideable() {
            return status == ModerationStatus.APPROVED;
        }

        public boolean undoable() {
            return status == ModerationStatus.HIDDEN;
        }
    }

    /**
     * The note's comments in the order written (at most 500): others see published ones, hidden ones as a placeholder
     * with the reason; the author and the office also see held and refused ones, tagged.
     */
    @Transactional(readOnly = true)
    public List<CommentView> comments(long noteId) {
        CurrentUser reader = access.reader();
        boolean office = reader.isOffice();
        return jdbc.sql("""
                select id, user_id, author_name, text, status, reason, written_at from reading_comment
                 where note_id = ? and committee_id = ? and (? or status in ('APPROVED', 'HIDDEN') or user_id = ?) order by id limit 500""")
                .params(noteId, reader.committeeId(), office, reader.id())
                .query((rs, n) -> {
                    ModerationStatus status = ModerationStatus.valueOf(rs.getString("status"));
                    boolean mine = rs.getLong("user_id") == reader.id();
                    boolean full = office || mine || status == ModerationStatus.APPROVED;
                    String reason = rs.getString("reason");
                    String tag = full && status != ModerationStatus.APPROVED ? status.label() + (reason == null ? "" : "：" + reason) : null;
                    String placeholder = full ? null : "该评论已被隐藏（" + reason + "）";
                    return new CommentView(rs.getLong("id"), rs.getString("author_name"), full ? rs.getString("text") : null, placeholder, tag,
                            status, rs.getTimestamp("written_at").toInstant(), mine);
                }).list();
    }

    private void published(long committeeId, long noteId) {
        String status = jdbc.sql("select status from reading_note where id = ? and committee_id = ?").params(noteId, committeeId)
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound("打卡"));
        if (!"PUBLISHED".equals(status)) {
            throw BusinessException.conflict("该打卡已删除");
        }
    }
}
