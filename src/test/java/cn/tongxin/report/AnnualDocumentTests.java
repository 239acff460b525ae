package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** The annual report as a .docx: rendered from the (replaceable) template, read back with POI, equal to the page. */
@IntegrationTest
class AnnualDocumentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tongxin.rollup.internal.CommitteeChanges changes;
    Api api;
    final int year = LocalDate.now(SystemSteps.ZONE).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void theDocumentsTablesEqualThePagesFiguresWithNativeChartsAndTheLists() throws Exception {
        var steps = new SystemSteps(api, jdbc, "");
        steps.proposal(true);
        steps.adoptedReport();
        jdbc.sql("update proposal set key_proposal = true where id = (select max(id) from proposal where committee_id = ?)")
                .param(steps.committee()).update();
        changes.changed(steps.committee());
        settled(jdbc);
        var account = api.get("staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        byte[] docx = api.get("staff", "/api/v1/reports/annual/document?year=" + year).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Map<String, Object>> figures = new java.util.ArrayList<>(api.read(account, "$.figures"));
            figures.addAll(api.read(account, "$.outputs"));
            figures.addAll(api.read(account, "$.people"));
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRows()).hasSize(figures.size() + 1);
            for (int i = 0; i < figures.size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                assertThat(row.getCell(1).getText()).isEqualTo(figures.get(i).get("label"));
                assertThat(row.getCell(2).getText()).as((String) figures.get(i).get("code"))
                        .isEqualTo(figures.get(i).get("value").toString());
            }
            List<Map<String, Object>> rates = api.read(account, "$.rates");
            XWPFTable rateTable = doc.getTables().get(1);
            for (int i = 0; i < rates.size(); i++) {
                assertThat(rateTable.getRow(i + 1).getCell(2).getText()).isEqualTo(rates.get(i).get("value"));
            }
            List<Map<String, Object>> categories = api.read(account, "$.categories");
            assertThat(doc.getTables().get(2).getRows()).hasSize(categories.size() / 2 + 1);
            assertThat(doc.getCharts()).hasSize(2);
            assertThat(doc.getCharts().getFirst().getChartSeries().getFirst().getSeriesCount()).isEqualTo(2);
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("示例市政协", year + "年度工作报告数字", "系统统计测试提案", "编辑稿").doesNotContain("{{");
        }
    }

    @Test
    void aCommitteeReplacesTheTemplateAndGoesBackToTheBundledOne() throws Exception {
        byte[] bundled = api.get("staff", "/api/v1/reports/annual/template").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] own;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bundled))) {
            doc.getParagraphs().getFirst().insertNewRun(0).setText("本政协模板·");
            var out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            own = out.toByteArray();
        }
        String token = api.token("xs_staff");
        mvc.perform(multipart("/api/v1/reports/annual/template").file(new MockMultipartFile("file", "西山模板.docx", null, own))
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/reports/annual/template").file(new MockMultipartFile("file", "坏.docx", null, "不是文档".getBytes()))
                .header("Authorization", "Bearer " + token)).andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/api/v1/reports/annual/template").file(new MockMultipartFile("file", "表.xlsx", null, own))
                .header("Authorization", "Bearer " + token)).andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/api/v1/reports/annual/template").file(new MockMultipartFile("file", "x.docx", null, own))
                .header("Authorization", "Bearer " + api.token("xs_leader"))).andExpect(status().isForbidden());
        assertThat(text(api.get("xs_staff", "/api/v1/reports/annual/document?year=" + year).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray())).contains("本政协模板·", "示例市西山县政协");
        // another committee keeps the bundled template
        assertThat(text(api.get("dc_staff", "/api/v1/reports/annual/document?year=" + year)
                .andReturn().getResponse().getContentAsByteArray())).doesNotContain("本政协模板·");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/reports/annual/template")
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(text(api.get("xs_staff", "/api/v1/reports/annual/document?year=" + year)
                .andReturn().getResponse().getContentAsByteArray())).doesNotContain("本政协模板·");
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('更换年度报告模板', '恢复系统自带年度报告模板')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
        }
    }
}
