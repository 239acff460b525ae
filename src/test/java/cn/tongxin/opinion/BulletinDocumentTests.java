package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** The bulletin (社情民意 编报) as the office hands it over: the real .docx, opened with POI and read back. */
@IntegrationTest
class BulletinDocumentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long item(String user, String title, String edited) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"原文：情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long report = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items",
                "{\"reportIds\":[" + report + "],\"title\":\"" + title + "\",\"text\":\"" + edited + "\"}");
        return ((Number) api.read(item, "$.itemId")).longValue();
    }

    private String memberName(String user) {
        return jdbc.sql("select m.name from member m join user_account u on u.member_id = m.id where u.username = ?").param(user)
                .query(String.class).single();
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void theIssuedBulletinDocumentCarriesItsNumberItemsSourcesSignatureAndPageNumbers() throws Exception {
        long first = item("member", "关于老旧小区加装电梯的建议", "一、基本情况。\\n二、几点建议。");
        long second = item("member2", "关于社区食堂运营的建议", "社区食堂运营成本偏高。");
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"民生专题\",\"recipients\":\"市委、市政府\"}");
        long id = ((Number) api.read(b, "$.id")).longValue();
        for (long itemId : List.of(first, second)) {
            api.post("staff", "/api/v1/bulletins/" + id + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        api.post("staff", "/api/v1/bulletins/" + id + "/issue", "{\"issuedOn\":\"" + today + "\"}").andExpect(status().isOk());
        var view = api.get("staff", "/api/v1/bulletins/" + id).andExpect(status().isOk());
        int number = ((Number) api.read(view, "$.bulletin.number")).intValue();
        String series = api.read(view, "$.bulletin.seriesName");

        var response = mvc.perform(get("/bulletins/" + id + ".docx").session(Logins.login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).contains(".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> text = paragraphs(doc);
            assertThat(text.get(0)).isEqualTo(series);
            assertThat(text.get(1)).isEqualTo(today.getYear() + "年第" + number + "期");
            assertThat(text.get(2)).isEqualTo("民生专题");
            assertThat(text.get(3)).startsWith("报送：市委、市政府");
            // each item: its title, its edited text line by line, its sources; in the bulletin's order
            assertThat(text).containsSubsequence("关于老旧小区加装电梯的建议", "一、基本情况。", "二、几点建议。",
                    "（信息来源：" + memberName("member") + "）", "关于社区食堂运营的建议", "社区食堂运营成本偏高。",
                    "（信息来源：" + memberName("member2") + "）");
            assertThat(String.join("\n", text)).doesNotContain("原文：情况反映与建议");
            // signature block: the committee and the issue date as official documents write it
            String date = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
            String chineseDate = cn.tongxin.shared.OfficialDates.format(today, true);
            assertThat(text).contains("示例市政协");
            assertThat(text).anyMatch(t -> t.equals(date) || t.equals(chineseDate));
            // a PAGE field in the footer
            assertThat(doc.getFooterList()).isNotEmpty();
            assertThat(doc.getFooterList().getFirst()._getHdrFtr().xmlText()).contains("PAGE").contains("fldChar");
        }
    }
}
