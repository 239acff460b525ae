package cn.tongxin.shared;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * What every letter and notice carries, as official documents lay it out: the 落款 (the issuer and the date, right-aligned
 * under the text) and page numbers centred in the footer ("— 1 —").
 */
public final class WordDocuments {

    private static final String FONT = "宋体";

    private WordDocuments() {
    }

    /** The issuer's name over the date, both right-aligned, after a blank line. */
    public static void signature(XWPFDocument doc, String issuer, String date) {
        doc.createParagraph();
        for (String line : new String[] {issuer, date}) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun run = p.createRun();
            run.setText(line);
            run.setFontFamily(FONT);
            run.setFontSize(14);
        }
    }

    /** A PAGE field (begin, instruction, separate, shown number, end) in the default footer, which Word fills in on every page. */
    public static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().getFirst();
        p.setAlignment(ParagraphAlignment.CENTER);
        text(p, "— ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(p, "1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        text(p, " —");
    }

    private static void text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(14);
    }
}
