package cn.tongxin.proposal;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Attachments are checked by what they are; the print form and the reply letter are real .docx files. */
@IntegrationTest
class ProposalDocumentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long createWithFile(MockMultipartFile file, String title) throws Exception {
        var result = mvc.perform(multipart("/proposals").file(file).session(login(mvc, "member")).with(csrf())
                        .param("requestKey", UUID.randomUUID().toString()).param("title", title).param("kind", "INDIVIDUAL")
                        .param("body", "正文").param("category", "CULTURE").param("publishable", "true"))
                .andReturn();
        String redirect = result.getResponse().getRedirectedUrl();
        return redirect == null ? -1 : Long.parseLong(redirect.replace("/proposals/", ""));
    }

    @Test
    void aPdfIsStoredAndAnExecutableDisguisedAsPdfIsRefused() throws Exception {
        long id = createWithFile(new MockMultipartFile("files", "调研材料.pdf", "application/pdf", "%PDF-1.7 内容".getBytes()), "带附件的提案");
        assertThat(id).isPositive();
        var session = login(mvc, "member");
        long attachment = jdbc.sql("select id from attachment where owner_type = 'PROPOSAL' and owner_id = ?").param(id).query(Long.class).single();
        mvc.perform(get("/proposals/" + id + "/attachments/" + attachment).session(session)).andExpect(status().isOk());
        mvc.perform(get("/proposals/" + id + "/attachments/" + attachment).session(login(mvc, "dc_staff"))).andExpect(status().isNotFound());

        long before = jdbc.sql("select count(*) from proposal where title = '伪装附件的提案'").query(Long.class).single();
        String page = mvc.perform(multipart("/proposals")
                        .file(new MockMultipartFile("files", "报告.pdf", "application/pdf", new byte[]{'M', 'Z', 0, 0}))
                        .session(session).with(csrf()).param("requestKey", UUID.randomUUID().toString())
                        .param("title", "伪装附件的提案").param("body", "正文").param("category", "CULTURE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("类型不支持");
        assertThat(jdbc.sql("select count(*) from proposal where title = '伪装附件的提案'").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theProposalPrintFormAndTheReplyLetterAreWordDocuments() throws Exception {
        Api api = new Api(mvc);
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"关于保护古村落的建议","situation":"古村落消失加快","analysis":"保护资金不足","suggestions":"设立保护基金","category":"CULTURE"}"""
                .formatted(UUID.randomUUID()));
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}");
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        long assignment = jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null);
        var r = api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", ProposalFlowTests.reply("A"));
        long reply = ((Number) api.read(r, "$.replyId")).longValue();

        var session = login(mvc, "member");
        byte[] print = mvc.perform(get("/proposals/" + id + "/print.docx").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(print)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("关于保护古村落的建议").contains("设立保护基金").contains("示例市政协提案");
        }
        byte[] letter = mvc.perform(get("/proposals/" + id + "/replies/" + reply + "/letter.docx").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(letter)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("市发展和改革委员会").contains("签发人：王局长").contains("答复类别：A类");
        }
        mvc.perform(get("/proposals/" + id + "/print.docx").session(login(mvc, "unit2"))).andExpect(status().isNotFound());
    }
}
