package cn.tongxin.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;

/**
 * Reads notes: a group's and a member's, newest typed first, a page at a time by keyset ({@link NoteCursor}); each page
 * is one statement with its likes, comment counts and the reader's own like, whatever the number of notes. Every reader
 * of the committee reads every group (ADR 023); a removed note only its author and the office.
 */
@Service
@Transactional(readOnly = true)
public class NoteQueries {

    public static final int PAGE = 20;
    static final int EXCERPT = 300;

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final Members members;
    private final Attachments attachments;

    NoteQueries(JdbcClient jdbc, ReadingAccess access, Members members, Attachments attachments) {
        this.jdbc = jdbc;
        this.access = access;
        this.members = members;
        this.attachments = attachments;
    }

    public record NoteCard(long id, long groupId, String groupName, Long themeId, String themeTitle, long memberId, String authorName,
                           String book, String excerpt, boolean longer, LocalDate readOn, Instant createdAt, Long photoId, long likes,
                           long comments, boolean liked, boolean removed) {
    }

    /** A page of notes and the cursor of the next (older) page, null at the end. */
    public record Feed(List<NoteCard> notes, String next) {
    }

    public record MemberNotes(long memberId, String name, Feed feed) {
    }

    private static final String SELECT = """
            select n.id, n.group_id, g.name as group_name, n.theme_id, t.title as theme_title, n.member_id, n.author_name, n.book,
                   left(n.text, %d) as excerpt, length(n.text) > %d as longer, n.read_on, n.created_at, n.photo_id, n.status,
                   (select count(*) from reading_like l where l.note_id = n.id) as likes,
                   (select count(*) from reading_comment c where c.note_id = n.id and c.status = 'APPROVED') as comments,
                   exists (select 1 from reading_like l where l.note_id = n.id and l.user_id = :user) as liked
              from reading_note n join reading_group g on g.id = n.group_id left join reading_theme t on t.id = n.theme_id
            """.formatted(EXCERPT, EXCERPT);

    public Feed ofGroup(long groupId, String before, Integer size) {
        CurrentUser reader = access.reader();
        access.groupName(reader.committeeId(), groupId);
        return page(reader, "n.group_id = :owner", groupId, NoteCursor.parse(before), size);
    }

    public MemberNotes ofMember(long memberId, String before, Integer size) {
        CurrentUser reader = access.reader();
        String name = members.find(memberId).orElseThrow(() -> BusinessException.notFound("委员")).name();
        return new MemberNotes(memberId, name, page(reader, "n.member_id = :owner", memberId, NoteCursor.parse(before), size));
    }

    private Feed page(CurrentUser reader, String owner, long ownerId, NoteCursor before, Integer size) {
        int limit = size == null || size <= 0 ? PAGE : Math.min(size, 50);
        var spec = jdbc.sql(SELECT + " where n.committee_id = :committee and " + owner + " and n.status = 'PUBLISHED'"
                        + (before == null ? "" : " and (n.created_at, n.id) < (:at, :id)")
                        + " order by n.created_at desc, n.id desc limit :limit")
                .param("committee", reader.committeeId()).param("owner", ownerId).param("user", reader.id()).param("limit", limit + 1);
        if (before != null) {
            spec = spec.param("at", before.atOffset()).param("id", before.id());
        }
        List<NoteCard> rows = spec.query(NoteQueries::card).list();
        if (rows.size() <= limit) {
            return new Feed(rows, null);
        }
        NoteCard last = rows.get(limit - 1);
        return new Feed(rows.subList(0, limit), NoteCursor.of(last.createdAt(), last.id()).text());
    }

    /** One note in full, for its page. */
    public record Note(NoteCard card, String text, String removedReason, boolean mine, boolean office) {
        public boolean canRemove() {
            return !card.removed() && (mine || office);
        }
    }

    public Note get(long id) {
        CurrentUser reader = access.reader();
        var found = jdbc.sql(SELECT.replace("as excerpt,", "as excerpt, n.text as full_text, n.removed_reason,")
                        + " where n.committee_id = :committee and n.id = :id")
                .param("committee", reader.committeeId()).param("id", id).param("user", reader.id())
                .query((rs, n) -> new Note(card(rs, n), rs.getString("full_text"), rs.getString("removed_reason"),
                        reader.memberId() != null && reader.memberId() == rs.getLong("member_id"), reader.isOffice()))
                .optional().orElseThrow(() -> BusinessException.notFound("打卡"));
        if (found.card().removed() && !found.mine() && !found.office()) {
            throw BusinessException.notFound("打卡");
        }
        return found;
    }

    /** The photo of a note the reader may see. */
    public Attachments.StoredFile photo(long noteId) {
        Note note = get(noteId);
        if (note.card().photoId() == null) {
            throw BusinessException.notFound("照片");
        }
        return attachments.content(access.reader().committeeId(), SubjectType.READING_NOTE, noteId, note.card().photoId())
                .orElseThrow(() -> BusinessException.notFound("照片"));
    }

    private static NoteCard card(ResultSet rs, int n) throws SQLException {
        return new NoteCard(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_name"), rs.getObject("theme_id", Long.class),
                rs.getString("theme_title"), rs.getLong("member_id"), rs.getString("author_name"), rs.getString("book"),
                rs.getString("excerpt"), rs.getBoolean("longer"), rs.getObject("read_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("photo_id", Long.class), rs.getLong("likes"), rs.getLong("comments"),
                rs.getBoolean("liked"), "REMOVED".equals(rs.getString("status")));
    }
}
