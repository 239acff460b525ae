package cn.tongxin.memoir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.shared.WordDocuments;

/**
 * 专辑: the office compiles selected accounts, in the order chosen, under a title and foreword, and prints the
 * collection as .docx (title, foreword, contents, then each account with its author and period; the edited text
 * where there is one). Accounts not selected, or not the committee's, are refused.
 */
@Service
@Transactional
public class MemoirCollections {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    MemoirCollections(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    public record CollectionForm(String title, String foreword, List<Long> memoirIds) {
    }

    public record Collection(long id, String title, String foreword, List<Entry> entries) {
    }

    public record Entry(long memoirId, String title, String authorName, String period, String text) {
    }

    public record Listed(long id, String title, long accounts, java.time.Instant compiledAt) {
    }

    public long compile(CollectionForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.title()) || f.title().strip().length() > 200) {
            errors.add("title", "请填写专辑名称（不超过200个字）");
        }
        if (f.foreword() != null && f.foreword().length() > 5000) {
            errors.add("foreword", "前言不能超过5000个字");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(f.memoirIds() == null ? List.<Long>of() : f.memoirIds()));
        if (ids.isEmpty() || ids.size() > 500) {
            errors.add("memoirIds", "请选择要编入专辑的入选稿件（1—500篇）");
        } else {
            long selected = jdbc.sql("""
                    select count(*) from memoir where committee_id = ? and status = 'SELECTED' and id = any(cast(? as bigint[]))""")
                    .params(staff.committeeId(), ids.toArray(Long[]::new)).query(Long.class).single();
            if (selected != ids.size()) {
                errors.add("memoirIds", "只能编入本会已入选的稿件");
            }
        }
        errors.throwIfAny();
        long id = jdbc.sql("insert into memoir_collection (committee_id, title, foreword, compiled_by) values (?, ?, ?, ?) returning id")
                .params(staff.committeeId(), f.title().strip(), Text.trimToNull(f.foreword()), staff.username()).query(Long.class).single();
        jdbc.sql("""
                insert into memoir_collection_item (collection_id, position, memoir_id)
                select ?, x.n, x.id from unnest(cast(? as bigint[])) with ordinality as x (id, n)""")
                .params(id, ids.toArray(Long[]::new)).update();
        return id;
    }

    @Transactional(readOnly = true)
    public List<Listed> list() {
        CurrentUser reader = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql("""
                select c.id, c.title, c.compiled_at, (select count(*) from memoir_collection_item i where i.collection_id = c.id) as n
                  from memoir_collection c where c.committee_id = ? order by c.id desc limit 200""")
                .param(reader.committeeId())
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("title"), rs.getLong("n"), rs.getTimestamp("compiled_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Collection get(long id) {
        CurrentUser reader = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var head = jdbc.sql("select title, foreword from memoir_collection where id = ? and committee_id = ?").params(id, reader.committeeId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> BusinessException.notFound("专辑"));
        List<Entry> entries = jdbc.sql("""
                select m.id, m.title, m.author_name, m.period, coalesce(m.edited_text, m.text) as text
                  from memoir_collection_item i join memoir m on m.id = i.memoir_id
                 where i.collection_id = ? order by i.position""").param(id)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("title"), rs.getString("author_name"), rs.getString("period"),
                        rs.getString("text")))
                .list();
        return new Collection(id, head[0], head[1], entries);
    }

    @Transactional(readOnly = true)
    public byte[] docx(long id) {
        Collection c = get(id);
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            paragraph(doc, c.title(), 26, true, ParagraphAlignment.CENTER);
            if (c.foreword() != null) {
                paragraph(doc, "前　言", 16, true, ParagraphAlignment.CENTER);
                for (String line : c.foreword().split("\\R")) {
                    paragraph(doc, line, 12, false, ParagraphAlignment.LEFT);
                }
            }
            paragraph(doc, "目　录", 16, true, ParagraphAlignment.CENTER);
            int n = 1;
            for (Entry e : c.entries()) {
                paragraph(doc, n++ + "．" + e.title() + "　" + e.authorName(), 12, false, ParagraphAlignment.LEFT);
            }
            for (Entry e : c.entries()) {
                XWPFParagraph title = paragraph(doc, e.title(), 16, true, ParagraphAlignment.CENTER);
                title.setPageBreak(true);
                paragraph(doc, e.authorName() + (e.period() == null ? "" : "（" + e.period() + "）"), 12, false, ParagraphAlignment.CENTER);
                for (String line : e.text().split("\\R")) {
                    paragraph(doc, line, 12, false, ParagraphAlignment.LEFT);
                }
            }
            WordDocuments.pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("宋体");
        run.setFontSize(size);
        run.setBold(bold);
        return p;
    }
}
