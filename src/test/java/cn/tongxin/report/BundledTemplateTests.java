package cn.tongxin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.tongxin.report.AnnualAccount.Line;
import cn.tongxin.report.internal.BundledTemplate;
import cn.tongxin.rollup.Figure;
import cn.tongxin.shared.CountedRecord;

/** The bundled template renders with POI 5.4.1 under poi-tl 1.12.2: tables filled, both charts native, no tag left. */
class BundledTemplateTests {

    @Test
    void theBundledTemplateRendersTablesAndNativeCharts() throws Exception {
        List<Line> figures = java.util.Arrays.stream(Figure.values())
                .map(f -> new Line(f.name(), f.area(), f.label(), f.definition(), 7, null, null, 5L, 2L, "+40.0%", null, null)).toList();
        List<Line> categories = List.of(new Line("CATEGORY_RECEIVED:SOCIETY", "社会", "收到", "定义", 3, null, null, 1L, 2L, "—", "60.0%", null),
                new Line("CATEGORY_FILED:SOCIETY", "社会", "立案", "定义", 2, null, null, 1L, 1L, "—", "50.0%", null));
        var account = new AnnualAccount(1, "示例市政协", "OWN", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 2025, null,
                "上年记录", true, figures, List.of(new AnnualAccount.RateLine("R", "提案", "办复率", "定义", "50.0%", null, "40.0%", "+10.0 个百分点")),
                categories, List.of(), List.of(), List.of(), List.of());
        Map<String, Object> data = AnnualDocuments.data(account,
                List.of(new CountedRecord("第0001号", "重点提案一", LocalDate.of(2025, 2, 1), "办理中", "/proposals/1")), List.of());
        byte[] docx = AnnualDocuments.render(BundledTemplate.bytes(), data);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().getFirst().getRows()).hasSize(figures.size() + 1);
            assertThat(doc.getTables().getFirst().getRow(1).getCell(2).getText()).isEqualTo("7");
            assertThat(doc.getCharts()).hasSize(2);
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("示例市政协2025年度工作报告数字", "重点提案一").doesNotContain("{{", "[label]");
        }
    }
}
