package cn.tongxin.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.activity.ActivityBriefs;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * 专题: the office sets a group's theme (book list, start and end dates), writes its 导读 articles and links the offline
 * sessions held for it (activities of type 读书活动: their dates and attendance stay the activity's own).
 */
@Service
@Transactional
public class ReadingThemes {

    static final int MAX_BOOKS = 30;

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final ActivityBriefs activities;
    private final AuditLog audit;

    ReadingThemes(JdbcClient jdbc, ReadingAccess access, ActivityBriefs activities, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.activities = activities;
        this.audit = audit;
    }

    public record BookForm(String title, String author) {
        /** Books from lines of a text area, each "书名" or "书名 / 作者"; blank lines skipped. */
        public static List<BookForm> lines(String text) {
            List<BookForm> books = new ArrayList<>();
            for (String line : text == null ? new String[0] : text.split("\\R")) {
                if (!line.isBlank()) {
                    int slash = line.indexOf('/');
                    books.add(slash < 0 ? new BookForm(line.strip(), null)
                            : new BookForm(line.substring(0, slash).strip(), Text.trimToNull(line.substring(slash + 1))));
                }
            }
            return books;
        }
    }

    public record ThemeForm(String title, String description, LocalDate startsOn, LocalDate endsOn, List<BookForm> books) {
    }

    public record GuideForm(String title, String body) {
    }

    public record LinkActivity(Long activityId) {
    }

    public record Book(String title, String author) {
    }

    public record Guide(long id, String title, String body, String writtenBy, Instant writtenAt) {
    }

    public record Theme(long id, long groupId, String groupName, String title, String description, LocalDate startsOn, LocalDate endsOn,
                        List<Book> books, List<Guide> guides, List<ActivityBriefs.Brief> sessions, long notes, boolean office) {
    }

    public long create(long groupId, ThemeForm f) {
        CurrentUser office = access.office();
        access.groupName(office.committeeId(), groupId);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.title()) || f.title().strip().length() > 100) {
            errors.add("title", "请填写专题名称（不超过100个字）");
        }
        if (f.description() != null && f.description().length() > 2000) {
            errors.add("description", "专题说明不能超过2000个字");
        }
        if (f.startsOn() == null || f.endsOn() == null) {
            errors.add("startsOn", "请填写专题的开始和结束日期");
        } else if (f.endsOn().isBefore(f.startsOn())) {
            errors.add("endsOn", "结束日期须不早于开始日期");
        }
        List<BookForm> books = f.books() == null ? List.of() : f.books().stream().filter(b -> b != null && !Text.isBlank(b.title())).toList();
        if (books.size() > MAX_BOOKS) {
            errors.add("books", "书目最多" + MAX_BOOKS + "本");
        }
        if (books.stream().anyMatch(b -> b.title().strip().length() > 200 || (b.author() != null && b.author().strip().length() > 100))) {
            errors.add("books", "书名不能超过200个字，作者不能超过100个字");
        }
        errors.throwIfAny();
        long id = jdbc.sql("""
                insert into reading_theme (committee_id, group_id, title, description, starts_on, ends_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(office.committeeId(), groupId, f.title().strip(), Text.trimToNull(f.description()), f.startsOn(), f.endsOn(),
                        office.username())
                .query(Long.class).single();
        for (int i = 0; i < books.size(); i++) {
            jdbc.sql("insert into reading_book (theme_id, position, title, author) values (?, ?, ?, ?)")
                    .params(id, i + 1, PostNotes.bookTitle(books.get(i).title()), Text.trimToNull(books.get(i).author())).update();
        }
        audit.record(office.committeeId(), "设立读书专题", "reading_theme", id, f.title().strip());
        return id;
    }

    public long writeGuide(long themeId, GuideForm f) {
        CurrentUser office = access.office();
        find(office.committeeId(), themeId);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.title()) || f.title().strip().length() > 200) {
            errors.add("title", "请填写导读标题（不超过200个字）");
        }
        if (Text.isBlank(f.body())) {
            errors.add("body", "请填写导读正文");
        } else if (f.body().length() > 20000) {
            errors.add("body", "导读正文不能超过20000个字");
        }
        errors.throwIfAny();
        long id = jdbc.sql("insert into reading_guide (committee_id, theme_id, title, body, written_by) values (?, ?, ?, ?, ?) returning id")
                .params(office.committeeId(), themeId, f.title().strip(), f.body().strip(), office.displayName()).query(Long.class).single();
        audit.record(office.committeeId(), "发布导读", "reading_guide", id, f.title().strip());
        return id;
    }

    public void linkActivity(long themeId, LinkActivity body) {
        CurrentUser office = access.office();
        find(office.committeeId(), themeId);
        var activity = body.activityId() == null ? java.util.Optional.<ActivityBriefs.Brief>empty()
                : activities.find(office.committeeId(), body.activityId());
        if (activity.isEmpty()) {
            throw ReadingAccess.invalid("activityId", "所选活动不存在或不属于本会");
        }
        if (activity.get().type() != ActivityType.READING) {
            throw ReadingAccess.invalid("activityId", "只能关联“读书活动”类型的活动");
        }
        jdbc.sql("""
                insert into reading_theme_activity (theme_id, activity_id, committee_id, linked_by) values (?, ?, ?, ?)
                on conflict do nothing""").params(themeId, body.activityId(), office.committeeId(), office.username()).update();
        audit.record(office.committeeId(), "关联读书活动", "reading_theme", themeId, "活动 " + body.activityId());
    }

    @Transactional(readOnly = true)
    public Theme get(long id) {
        CurrentUser reader = access.reader();
        Head head = find(reader.committeeId(), id);
        List<Book> books = jdbc.sql("select title, author from reading_book where theme_id = ? order by position").param(id)
                .query((rs, n) -> new Book(rs.getString("title"), rs.getString("author"))).list();
        List<Guide> guides = jdbc.sql("select id, title, body, written_by, written_at from reading_guide where theme_id = ? order by id")
                .param(id).query((rs, n) -> new Guide(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getString("written_by"), rs.getTimestamp("written_at").toInstant())).list();
        List<Long> linked = jdbc.sql("select activity_id from reading_theme_activity where theme_id = ?").param(id).query(Long.class).list();
        long notes = jdbc.sql("select count(*) from reading_note where theme_id = ? and status = 'PUBLISHED'").param(id)
                .query(Long.class).single();
        return new Theme(id, head.groupId(), head.groupName(), head.title(), head.description(), head.startsOn(), head.endsOn(), books, guides, List.copyOf(activities.of(reader.committeeId(), linked).values()), notes, reader.isOffice());
    }

    private record Head(long groupId, String groupName, String title, String description, LocalDate startsOn, LocalDate endsOn) {
    }

    /** The committee's theme, or 404. */
    private Head find(long committeeId, long id) {
        return jdbc.sql("""
                select t.group_id, g.name, t.title, t.description, t.starts_on, t.ends_on
                  from reading_theme t join reading_group g on g.id = t.group_id where t.id = ? and t.committee_id = ?""")
                .params(id, committeeId)
                .query((rs, n) -> new Head(rs.getLong("group_id"), rs.getString("name"), rs.getString("title"), rs.getString("description"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .optional().orElseThrow(() -> BusinessException.notFound("读书专题"));
    }
}
