package cn.tongxin.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;

/**
 * The bundled template of the annual report, built with POI rather than kept as a binary: poi-tl tags for the texts,
 * loop tables (a tag in the header row, {@code [field]} in the row below) and two native Word charts whose alt-text
 * title is their tag. A committee downloads it, restyles it in Word (keeping the tags) and uploads its own copy.
 */
public final class BundledTemplate {

    private static volatile byte[] bytes;

    private BundledTemplate() {
    }

    public static byte[] bytes() {
        if (bytes == null) {
            var out = new java.io.ByteArrayOutputStream();
            try {
                write(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            bytes = out.toByteArray();
        }
        return bytes.clone();
    }

    static void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setText("{{title}}");
            text(doc, "{{subtitle}}");
            text(doc, "{{status}}");
            heading(doc, "一、主要数字");
            table(doc, "figures", List.of("类别", "项目", "本年", "上年", "增减", "增减幅度", "公布数"),
                    List.of("area", "label", "value", "previous", "change", "percent", "published"));
            heading(doc, "二、比率");
            table(doc, "rates", List.of("类别", "项目", "本年", "上年", "变化"), List.of("area", "label", "value", "previous", "change"));
            chart(doc, "{{figureChart}}", ChartTypes.BAR, "主要数字与上年比较", List.of("本年", "上年"));
            heading(doc, "三、提案分类");
            table(doc, "categories", List.of("分类", "收到", "占比", "立案", "占比"),
                    List.of("label", "received", "receivedShare", "filed", "filedShare"));
            chart(doc, "{{categoryChart}}", ChartTypes.PIE, "收到提案按分类", List.of("收到"));
            heading(doc, "四、重点提案");
            table(doc, "keyProposals", List.of("编号", "标题", "提交日期", "状态"), List.of("number", "title", "date", "status"));
            heading(doc, "五、被采用的社情民意信息");
            table(doc, "adoptedReports", List.of("采用", "标题", "日期"), List.of("status", "title", "date"));
            text(doc, "{{definitions}}");
            doc.write(out);
        }
    }

    private static void text(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setBold(true);
        r.setFontSize(14);
        r.setText(text);
    }

    private static void table(XWPFDocument doc, String tag, List<String> headers, List<String> fields) {
        XWPFTable table = doc.createTable(2, headers.size());
        table.setWidth("100%");
        for (int i = 0; i < headers.size(); i++) {
            XWPFParagraph p = table.getRow(0).getCell(i).getParagraphs().getFirst();
            if (i == 0) {
                p.createRun().setText("{{" + tag + "}}");
            }
            XWPFRun h = p.createRun();
            h.setBold(true);
            h.setText(headers.get(i));
            table.getRow(1).getCell(i).getParagraphs().getFirst().createRun().setText("[" + fields.get(i) + "]");
        }
        doc.createParagraph();
    }

    private static void chart(XWPFDocument doc, String tag, ChartTypes type, String title, List<String> series) throws IOException {
        XWPFRun run = doc.createParagraph().createRun();
        XWPFChart chart;
        try {
            chart = doc.createChart(run, 15 * 360000, 8 * 360000);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        String[] categories = {"甲", "乙"};
        var cat = XDDFDataSourcesFactory.fromArray(categories, chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 0, 0)), 0);
        XDDFChartData data;
        if (type == ChartTypes.BAR) {
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            data = chart.createData(type, x, y);
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        } else {
            data = chart.createData(type, null, null);
        }
        for (int i = 0; i < series.size(); i++) {
            var values = XDDFDataSourcesFactory.fromArray(new Integer[]{1, 2},
                    chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(1, 2, i + 1, i + 1)), i + 1);
            var s = data.addSeries(cat, values);
            s.setTitle(series.get(i), chart.setSheetTitle(series.get(i), i + 1));
        }
        chart.plot(data);
        // poi-tl rewrites the embedded sheet's header row: every column needs a cell, the categories' one too
        try {
            var header = chart.getWorkbook().getSheetAt(0).getRow(0);
            if (header.getCell(0) == null) {
                header.createCell(0).setCellValue("项目");
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        try (XmlCursor c = inline.getDocPr().newCursor()) {
            c.setAttributeText(new QName("title"), tag);
        }
    }
}
