package cn.tongxin.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import cn.tongxin.shared.WordDocuments;

/**
 * 优秀提案选编 as .docx: a title page (name, committee, period, date, count), the contents, then each proposal on a new
 * page — title, 提案号, 提案人, 会议, the text, 承办单位 and 办理答复摘要 — with page numbers. Text goes in as text
 * (Word's XML escapes it), so markup a proposal contains is printed, never acted on.
 */
final class SelectionDocument {

    private static final String FONT = "宋体";

    private SelectionDocument() {
    }

    static byte[] write(ProposalSelections.Selection s) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 6; i++) {
                doc.createParagraph();
            }
            paragraph(doc, s.title(), 26, true, ParagraphAlignment.CENTER);
            paragraph(doc, s.committee(), 16, false, ParagraphAlignment.CENTER);
            paragraph(doc, s.period() + "　共" + s.entries().size() + "件", 14, false, ParagraphAlignment.CENTER);
            paragraph(doc, s.compiledOn().format(DateTimeFormatter.ofPattern("yyyy年M月d日")), 14, false, ParagraphAlignment.CENTER);
            paragraph(doc, "目　录", 16, true, ParagraphAlignment.CENTER).setPageBreak(true);
            int n = 1;
            for (ProposalSelections.Entry e : s.entries()) {
                paragraph(doc, n++ + "．" + e.title() + "　" + e.proposers(), 12, false, ParagraphAlignment.LEFT);
            }
            n = 1;
            for (ProposalSelections.Entry e : s.entries()) {
                paragraph(doc, n++ + "．" + e.title(), 16, true, ParagraphAlignment.CENTER).setPageBreak(true);
                paragraph(doc, "提案号：" + (e.numberText() == null ? "—" : e.numberText()), 12, false, ParagraphAlignment.LEFT);
                paragraph(doc, "提案人：" + e.proposers(), 12, false, ParagraphAlignment.LEFT);
                if (!e.sessionLabel().isEmpty()) {
                    paragraph(doc, "会　议：" + e.sessionLabel(), 12, false, ParagraphAlignment.LEFT);
                }
                lines(doc, e.sections());
                paragraph(doc, "承办单位", 14, true, ParagraphAlignment.LEFT);
                paragraph(doc, e.units().isEmpty() ? "尚未交办" : String.join("、", e.units()), 12, false, ParagraphAlignment.LEFT);
                paragraph(doc, "办理答复摘要", 14, true, ParagraphAlignment.LEFT);
                if (e.replies().isEmpty()) {
                    paragraph(doc, "尚未答复", 12, false, ParagraphAlignment.LEFT);
                }
                lines(doc, e.replies());
            }
            WordDocuments.pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XWPFDocument doc, List<String> texts) {
        for (String text : texts) {
            for (String line : text.split("\\R")) {
                paragraph(doc, line, 12, false, ParagraphAlignment.LEFT);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        return p;
    }
}
