package cn.tongxin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/** Full-text search over the API: Chinese queries of two and four characters, mixed text, markup, limits. */
@IntegrationTest
class SearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long draft(String user, String title, String body) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"%s","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title, body))
                .andExpect(status().isCreated());
        return ((Number) api.read(created, "$.proposal.id")).longValue();
    }

    long submitted(String user, String title, String body) throws Exception {
        long id = draft(user, title, body);
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    List<Integer> found(String user, String q) throws Exception {
        Listeners.settled(jdbc, "search");
        return api.read(api.get(user, "/api/v1/search?q=" + q).andExpect(status().isOk()), "$.items[*].id");
    }

    @Test
    void aTwoCharacterQueryFindsTheWordInsideLongerText() throws Exception {
        long id = submitted("member", "关于发展蓝莓产业的建议", "我市山区适合蓝莓种植，建议扶持蓝莓深加工。");
        assertThat(found("staff", "蓝莓")).contains((int) id);
        assertThat(found("staff", "莓种")).as("any two characters of the text").contains((int) id);
    }

    @Test
    void aFourCharacterQueryNeedsItsCharactersInThatOrder() throws Exception {
        long id = submitted("member", "关于建设滑翔运动基地的建议", "依托山地建设滑翔运动基地，带动体育旅游。");
        assertThat(found("staff", "滑翔运动")).contains((int) id);
        assertThat(found("staff", "运动滑翔")).doesNotContain((int) id);
        assertThat(found("staff", "滑翔 旅游")).as("two words, both required").contains((int) id);
        assertThat(found("staff", "滑翔 航海")).doesNotContain((int) id);
    }

    @Test
    void mixedChineseAndAsciiAreFoundWhateverTheCaseAndWidth() throws Exception {
        long id = submitted("member", "关于推广5G基站与AI辅助诊疗的建议", "在乡镇卫生院推广ＡＩ辅助诊疗，建设5G基站。");
        assertThat(found("staff", "5G基站")).contains((int) id);
        assertThat(found("staff", "ai辅助")).contains((int) id);
        assertThat(found("staff", "AI")).contains((int) id);
    }

    @Test
    void punctuationAndMarkupInTextAreOnlyText() throws Exception {
        long id = submitted("member", "关于<b>保护</b>蓝鲸栖息地的建议", "<script>alert('x')</script>建议设立蓝鲸保护区，禁止“非法捕捞”。");
        Listeners.settled(jdbc, "search");
        var result = api.get("staff", "/api/v1/search?q=蓝鲸，保护！").andExpect(status().isOk());
        List<Integer> ids = api.read(result, "$.items[*].id");
        assertThat(ids).contains((int) id);
        String snippet = api.<List<String>>read(result, "$.items[?(@.id == " + id + ")].snippetHtml").getFirst();
        String title = api.<List<String>>read(result, "$.items[?(@.id == " + id + ")].titleHtml").getFirst();
        assertThat(snippet).contains("&lt;/script&gt;").doesNotContain("<script").doesNotContain("</script>").contains("<mark>蓝鲸</mark>");
        assertThat(title).contains("&lt;b&gt;").doesNotContain("<b>");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/search").param("q", "蓝鲸")
                .session(cn.tongxin.support.Logins.login(mvc, "staff"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<mark>蓝鲸</mark>").doesNotContain("<script>alert");
    }

    @Test
    void aSingleHanCharacterIsRefusedNamingTheParameter() throws Exception {
        api.get("member", "/api/v1/search?q=鲸").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“q”")));
        api.get("member", "/api/v1/search").andExpect(status().isBadRequest());
        api.get("member", "/api/v1/search?q=" + "长".repeat(101)).andExpect(status().isBadRequest());
        api.get("member", "/api/v1/search?q=蓝鲸&page=51").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“page”")));
        api.get("member", "/api/v1/search?q=蓝鲸&kind=NOTHING").andExpect(status().isBadRequest());
    }

    @Test
    void aWithdrawnProposalDisappears() throws Exception {
        long id = submitted("member", "关于治理珊瑚礁白化的建议", "珊瑚礁白化严重。");
        assertThat(found("staff", "珊瑚礁")).contains((int) id);
        api.post("member", "/api/v1/proposals/" + id + "/withdraw", null).andExpect(status().isOk());
        assertThat(found("staff", "珊瑚礁")).doesNotContain((int) id);
        assertThat(found("member", "珊瑚礁")).doesNotContain((int) id);
    }

    @Test
    void replyLettersAreSearchedWithTheirProposal() throws Exception {
        long id = submitted("member", "关于整治夜市油烟的建议", "夜市油烟扰民。");
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        long assignment = jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", """
                {"text":"已安装油烟净化器四十台。","category":"A","signer":"王局长","contactPerson":"李科长","contactPhone":"0551-62345678"}""")
                .andExpect(status().isOk());
        assertThat(found("staff", "油烟净化器")).contains((int) id);
        var result = api.get("staff", "/api/v1/search?q=油烟净化器&kind=PROPOSAL").andExpect(status().isOk());
        assertThat(api.<List<String>>read(result, "$.facets[?(@.name == 'unit')].values[*].label")).isNotEmpty();
        assertThat(api.<List<String>>read(result, "$.facets[?(@.name == 'kind')].values[*].value")).containsOnly("PROPOSAL");
    }
}
