package cn.tongxin.proposal;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * 优秀提案选编 from the platform's own records, in 西山县 (the year 2001 is no other test's): the outstanding proposals
 * of the year first, another added, printed in the chosen order with numbers, proposers, text, units and replies.
 */
@IntegrationTest
class ProposalSelectionTests {

    private static final int YEAR = 2001;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    /** A filed proposal of xs_member, assigned to xs_unit; replied when asked. */
    private long handled(String title, String suggestions, String reply) throws Exception {
        var created = api.post("xs_member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"%s","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID(), title, suggestions))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("xs_member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'xs_unit'").query(Long.class).single();
        var a = api.post("xs_staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        if (reply != null) {
            long caseId = ((Number) api.read(a, "$.caseId")).longValue();
            long assignment = jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
            api.post("xs_unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
            api.post("xs_unit", "/api/v1/handling/assignments/" + assignment + "/reply", """
                    {"text":"%s","category":"A","signer":"王局长","contactPerson":"李科长","contactPhone":"0551-62345678"}""".formatted(reply))
                    .andExpect(status().isOk());
        }
        return id;
    }

    @Test
    void theOutstandingProposalsOfAYearAndOneAddedArePrintedInTheChosenOrder() throws Exception {
        long best = handled("关于建设县城口袋公园的建议", "利用边角地建设口袋公园<script>alert(1)</script>", "已建成口袋公园六处，联系电话13912345678。");
        long other = handled("关于规范农村集市摊位的建议", "划定摊位", null);
        api.post("xs_staff", "/api/v1/proposals/" + best + "/outstanding", "{\"year\":" + YEAR + ",\"outstanding\":true}")
                .andExpect(status().isOk());
        api.get("xs_staff", "/api/v1/proposals/selection/candidates?year=" + YEAR).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(best)).andExpect(jsonPath("$[0].outstanding").value(true));

        byte[] docx = api.post("xs_staff", "/api/v1/proposals/selection/docx", """
                {"title":"%d年度优秀提案选编","year":%d,"proposalIds":[%d,%d]}""".formatted(YEAR, YEAR, other, best))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String number = jdbc.sql("select number_text from proposal where id = ?").param(best).query(String.class).single();
        String proposer = jdbc.sql("select m.name from proposal p join member m on m.id = p.lead_member_id where p.id = ?").param(best)
                .query(String.class).single();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("2001年度优秀提案选编", "示例市西山县政协", "2001年度　共2件", "目　录",
                    "提案号：" + number, "提案人：" + proposer, "利用边角地建设口袋公园<script>alert(1)</script>",
                    "承办单位", "（单办）", "办理答复摘要", "已建成口袋公园六处", "尚未答复");
            assertThat(all).as("a phone in a reply is masked, as on the portal").doesNotContain("13912345678");
            int contents = all.indexOf("目　录");
            assertThat(all.indexOf("关于规范农村集市摊位的建议", contents)).isLessThan(all.indexOf("关于建设县城口袋公园的建议", contents));
        }

        // the page door: ticked and ordered as typed
        var session = login(mvc, "xs_staff");
        mvc.perform(get("/proposals/selection").param("year", Integer.toString(YEAR)).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于建设县城口袋公园的建议")));
        byte[] fromPage = mvc.perform(get("/proposals/selection.docx").param("title", "选编").param("year", Integer.toString(YEAR))
                        .param("ids", Long.toString(best), Long.toString(other)).param("order." + best, "2").param("order." + other, "1")
                        .session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(fromPage)); var text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all.indexOf("1．关于规范农村集市摊位的建议")).isPositive();
            assertThat(all.indexOf("2．关于建设县城口袋公园的建议")).isPositive();
        }
    }

    @Test
    void onlyTheOfficeCompilesAndOnlyItsOwnFiledProposals() throws Exception {
        long cityProposal = jdbc.sql("""
                select p.id from proposal p join committee c on c.id = p.committee_id
                 where c.name = '示例市政协' and p.status in ('FILED', 'HANDLING', 'CLOSED') order by p.id limit 1""")
                .query(Long.class).single();
        String body = "{\"title\":\"选编\",\"year\":%d,\"proposalIds\":[%d]}".formatted(YEAR, cityProposal);
        api.post("xs_staff", "/api/v1/proposals/selection/docx", body).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只能编入本会已立案的提案")));
        api.post("xs_member", "/api/v1/proposals/selection/docx", body).andExpect(status().isForbidden());
        api.post("xs_unit", "/api/v1/proposals/selection/docx", body).andExpect(status().isForbidden());
        api.post("xs_leader", "/api/v1/proposals/selection/docx", body).andExpect(status().isForbidden());
        api.get("xs_member", "/api/v1/proposals/selection/candidates?year=" + YEAR).andExpect(status().isForbidden());
        api.post("staff", "/api/v1/proposals/selection/docx", "{\"title\":\"\",\"proposalIds\":[]}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写选编名称")))
                .andExpect(content().string(containsString("请选择年度或届次")))
                .andExpect(content().string(containsString("请选择要编入的提案")));
        api.get("staff", "/api/v1/proposals/selection/candidates?termId=999999").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("所选届次不存在或不属于本会")));
        api.get("staff", "/api/v1/proposals/selection/candidates?year=abc").andExpect(status().isBadRequest());
    }
}
