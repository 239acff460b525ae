package cn.tongxin.reading;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.RequestKeys;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/**
 * 打卡: a member on a group's roster posts a reading note (the book, the text, the day read, a photo if any); the day
 * read is what statistics and the performance record count, the typed time orders the group's page. A request key
 * makes a double submit one note. The author removes their note, the office removes any with a reason.
 */
@Service
@Transactional
public class PostNotes {

    static final int MAX_TEXT = 5000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final Attachments attachments;
    private final RequestKeys requestKeys;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PostNotes(JdbcClient jdbc, ReadingAccess access, Attachments attachments, RequestKeys requestKeys, ApplicationEventPublisher events,
              AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.attachments = attachments;
        this.requestKeys = requestKeys;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code readOn}: the day read (not later than today); {@code themeId}: one of the group's themes, optional. */
    public record NoteForm(String requestKey, Long themeId, String book, String text,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate readOn) {
    }

    public long post(long groupId, NoteForm f, Upload photo) {
        CurrentUser user = access.reader();
        access.groupName(user.committeeId(), groupId);
        if (access.roleOf(groupId, user.memberId()).isEmpty()) {
            throw BusinessException.forbidden("只有本读书群的成员可以打卡");
        }
        Upload picture = photo == null || photo.isEmpty() ? null : photo;
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.book()) || bookTitle(f.book()).isEmpty() || f.book().strip().length() > 200) {
            errors.add("book", "请填写所读的书（不超过200个字）");
        }
        if (Text.isBlank(f.text())) {
            errors.add("text", "请填写读书感悟");
        } else if (f.text().strip().codePointCount(0, f.text().strip().length()) > MAX_TEXT) {
            errors.add("text", "读书感悟不能超过" + MAX_TEXT + "字");
        }
        LocalDate today = LocalDate.now(clock);
        if (f.readOn() == null) {
            errors.add("readOn", "请填写阅读日期");
        } else if (f.readOn().isAfter(today)) {
            errors.add("readOn", "阅读日期不能晚于今天");
        } else if (f.readOn().isBefore(EARLIEST)) {
            errors.add("readOn", "阅读日期不能早于2000年");
        }
        if (f.themeId() != null && jdbc.sql("select count(*) from reading_theme where id = ? and group_id = ?").params(f.themeId(), groupId)
                .query(Long.class).single() == 0) {
            errors.add("themeId", "所选专题不是本读书群的专题");
        }
        if (picture != null) {
            try {
                if (!Attachments.check(picture).startsWith("image/")) {
                    errors.add("photo", "照片须为 PNG 或 JPEG 图片");
                }
            } catch (BusinessException e) {
                errors.add("photo", e.getMessage());
            }
        }
        String key = Text.trimToNull(f.requestKey());
        if (key != null && key.length() > 64) {
            errors.add("requestKey", "请求标识（requestKey）不能超过64个字符");
        }
        errors.throwIfAny();
        if (key == null) {
            return insert(user, groupId, f, picture);
        }
        var request = new RequestKeys.Request(user.committeeId(), SubjectType.READING_NOTE, key, user.username(),
                RequestKeys.fingerprint(groupId, f, picture));
        return requestKeys.once(request, () -> insert(user, groupId, f, picture));
    }

    private long insert(CurrentUser user, long groupId, NoteForm f, Upload photo) {
        String book = bookTitle(f.book());
        long id = jdbc.sql("""
                insert into reading_note (committee_id, group_id, theme_id, member_id, author_name, book, text, read_on, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?) returning id""")
                .params(user.committeeId(), groupId, f.themeId(), user.memberId(), user.displayName(), book, f.text().strip(), f.readOn(),
                        user.username())
                .query(Long.class).single();
        if (photo != null) {
            long photoId = attachments.store(user.committeeId(), SubjectType.READING_NOTE, id, photo);
            jdbc.sql("update reading_note set photo_id = ? where id = ?").params(photoId, id).update();
        }
        events.publishEvent(new ReadingEvents.NotePosted(user.committeeId(), id, groupId, user.memberId(), book, f.readOn()));
        return id;
    }

    /** The author removes their own note; the office removes anyone's, saying why. */
    public void remove(long noteId, String reason) {
        CurrentUser user = access.reader();
        var note = jdbc.sql("select member_id, status from reading_note where id = ? and committee_id = ? for update")
                .params(noteId, user.committeeId())
                .query((rs, n) -> new Owner(rs.getLong("member_id"), rs.getString("status"))).optional()
                .orElseThrow(() -> BusinessException.notFound("打卡"));
        boolean author = user.memberId() != null && user.memberId() == note.memberId();
        if (!author && !user.isOffice()) {
            throw BusinessException.forbidden("只能删除自己的打卡");
        }
        if (!"PUBLISHED".equals(note.status())) {
            throw BusinessException.conflict("该打卡已删除");
        }
        String why = Text.trimToNull(reason);
        if (!author && why == null) {
            throw ReadingAccess.invalid("reason", "请填写删除理由");
        }
        if (why != null && why.length() > 200) {
            throw ReadingAccess.invalid("reason", "删除理由不能超过200字");
        }
        jdbc.sql("update reading_note set status = 'REMOVED', removed_by = ?, removed_reason = ? where id = ?")
                .params(user.username(), why, noteId).update();
        events.publishEvent(new ReadingEvents.NoteRemoved(user.committeeId(), noteId, note.memberId()));
        audit.record(user.committeeId(), "删除读书打卡", "reading_note", noteId, why);
    }

    private record Owner(long memberId, String status) {
    }

    /** A book's title as stored: without the 《》 a reader may type around it. */
    static String bookTitle(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.startsWith("《") && t.endsWith("》") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
