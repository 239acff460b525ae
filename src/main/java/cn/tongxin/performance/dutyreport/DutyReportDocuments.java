package cn.tongxin.performance.dutyreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.Organization;

/**
 * The duty report as a Word document, generated on demand: title, the member, the figures by category with the rule
 * set, total and grade, the entries by kind, and the member's narrative. Whoever may read the report may download it.
 */
@Service
@Transactional
public class DutyReportDocuments {

    private static final String FONT = "宋体";
    private final DutyReportQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;

    DutyReportDocuments(DutyReportQueries queries, CurrentUsers currentUsers, Organization organization) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
    }

    public record Document(String filename, byte[] content) {
    }

    public Document docx(long id) {
        DutyReportView r = queries.view(id);
        DutyFigures f = r.figures();
        String committee = organization.committee(currentUsers.get().committeeId()).map(c -> c.name()).orElse("");
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            heading(doc, r.year() + "年度委员履职报告", 20);
            centered(doc, committee);
            XWPFTable who = doc.createTable(2, 4);
            cells(who.getRow(0), "委员", f.memberName(), "界别", nz(f.sectorName()));
            cells(who.getRow(1), "专委会", nz(f.specialCommitteeName()), "常委", f.standing() ? "是" : "否");

            paragraph(doc, "一、履职积分", true);
            paragraph(doc, "计分规则：" + f.ruleSetName() + (r.figuresFrozen() ? "（提交时的记录）" : "（截至今日的记录）"), false);
            XWPFTable table = doc.createTable(1, 2);
            cells(table.getRow(0), "类别", "积分");
            for (DutyFigures.Figure c : f.categories()) {
                cells(table.createRow(), c.label(), points(c.points()));
            }
            cells(table.createRow(), "合计", points(f.total()));
            cells(table.createRow(), "等次", nz(f.grade()));

            paragraph(doc, "二、履职记录", true);
            for (DutyFigures.EntryList list : f.lists()) {
                paragraph(doc, list.label() + "（" + list.items().size() + "）", true);
                if (list.items().isEmpty()) {
                    paragraph(doc, "无", false);
                }
                for (DutyFigures.Item item : list.items()) {
                    paragraph(doc, item.on() + "　" + item.title() + "　" + item.detail() + "　" + points(item.points()) + "分", false);
                }
            }
            section(doc, "三、履职总结", r.summary());
            if (r.plans() != null && !r.plans().isBlank()) {
                section(doc, "四、下一步打算", r.plans());
            }
            doc.write(out);
            return new Document(r.year() + "年度委员履职报告-" + f.memberName() + ".docx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String points(BigDecimal p) {
        return p == null ? "0" : p.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void cells(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.getCell(i) == null ? row.addNewTableCell() : row.getCell(i);
            cell.setText(values[i]);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, size, true);
    }

    private static void centered(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, 12, false);
    }

    private static void section(XWPFDocument doc, String title, String text) {
        paragraph(doc, title, true);
        for (String line : (text == null ? "" : text).split("\\R")) {
            paragraph(doc, line, false);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        run(doc.createParagraph(), text, 12, bold);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
