package cn.tongxin.proposal;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.OfficialDates;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** Letters as official documents: the 落款 right-aligned with the date as the committee writes it, page numbers below. */
@IntegrationTest
class LetterLayoutTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    void dateStyle(boolean chinese) throws Exception {
        mvc.perform(put("/api/v1/settings").header("Authorization", "Bearer " + Logins.apiToken(mvc, "xs_admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"DOCUMENT_DATE_IN_CHINESE_NUMERALS\":\"" + (chinese ? 1 : 0) + "\"}"))
                .andExpect(status().isOk());
    }

    static List<String> lastLines(XWPFDocument doc, int n) {
        List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        return lines.subList(lines.size() - n, lines.size());
    }

    @Test
    void theReplyLetterIsSignedRightAlignedWithTheOfficialDateAndNumbersItsPages() throws Exception {
        Api api = new Api(mvc);
        var created = api.post("xs_member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"关于公文落款的建议","situation":"情况","analysis":"分析","suggestions":"建议","category":"CULTURE"}"""
                .formatted(UUID.randomUUID()));
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("xs_member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'xs_unit'").query(Long.class).single();
        var a = api.post("xs_staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}");
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        long assignment = jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
        api.post("xs_unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        var r = api.post("xs_unit", "/api/v1/handling/assignments/" + assignment + "/reply", ProposalFlowTests.reply("A"));
        long reply = ((Number) api.read(r, "$.replyId")).longValue();
        String unitName = jdbc.sql("select name from handling_unit where id = ?").param(unit).query(String.class).single();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String path = "/proposals/" + id + "/replies/" + reply + "/letter.docx";

        try (var doc = letter(path)) {
            assertThat(lastLines(doc, 2)).containsExactly(unitName, OfficialDates.format(today, false));
            assertThat(lastLines(doc, 2).getLast()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
            doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).skip(doc.getParagraphs().stream()
                            .filter(p -> !p.getText().isBlank()).count() - 2)
                    .forEach(p -> assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT));
            numbersItsPages(doc);
        }
        try {
            dateStyle(true);
            try (var doc = letter(path)) {
                assertThat(lastLines(doc, 1).getFirst()).isEqualTo(OfficialDates.format(today, true)).startsWith("二〇");
            }
        } finally {
            dateStyle(false);
        }
        try (var print = letter("/proposals/" + id + "/print.docx")) {
            numbersItsPages(print);
        }
    }

    XWPFDocument letter(String path) throws Exception {
        byte[] file = mvc.perform(get(path).session(login(mvc, "xs_member"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(file));
    }

    static void numbersItsPages(XWPFDocument doc) {
        assertThat(doc.getFooterList()).isNotEmpty();
        String footer = doc.getFooterList().getFirst()._getHdrFtr().xmlText();
        assertThat(footer).contains("PAGE").contains("fldChar");
        XWPFParagraph numbers = doc.getFooterList().getFirst().getParagraphs().getFirst();
        assertThat(numbers.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(numbers.getText()).startsWith("— ").endsWith(" —");
        assertThat(doc.getDocument().getBody().getSectPr().getFooterReferenceList()).as("the footer is referenced").isNotEmpty();
    }
}
