package cn.tongxin.participation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.proposal.PublishedProposals;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** /public/{code} answers without login, shows only what the committee published, and never personal data. */
@IntegrationTest
class PublicPortalTests {

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern ID_CARD = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    DemoCommittees committees;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        committees = DemoCommittees.of(jdbc);
    }

    /** A proposal of the city, filed and assigned, replied with {@code reply} when given; the proposer agrees to publication. */
    private long proposal(String title, String reply) throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(java.util.UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        var assigned = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[%d]}".formatted(unit))
                .andExpect(status().isOk());
        if (reply != null) {
            long caseId = ((Number) api.read(assigned, "$.caseId")).longValue();
            long assignment = jdbc.sql("select id from handling_assignment where case_id = ? and status <> 'WITHDRAWN'").param(caseId)
                    .query(Long.class).single();
            api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
            api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", """
                    {"text":"%s","category":"A","signer":"签发人","contactPerson":"联系人","contactPhone":"13987654321"}""".formatted(reply))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/public/shili/proposals").param("q", q)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPublishedProposalShowsWithoutLoginWithoutPersonalNumbers() throws Exception {
        String title = "关于公开门户测试的建议" + java.util.UUID.randomUUID().toString().substring(0, 6);
        long id = proposal(title, "已办理。联系人电话13812345678，身份证110101199003071234，座机0551-62345678。");
        {
            mvc.perform(get("/public/shili/proposals/" + id)).andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/proposals/" + id + "/publication").header("Authorization", "Bearer " + api.token("staff"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"published\":true}")).andExpect(status().isOk());

            String page = html("/public/shili/proposals/" + id);
            assertThat(page).contains(title, "答复摘要", "办理进程", "联系人电话***********");
            assertThat(MOBILE.matcher(page).find()).as("no mobile number").isFalse();
            assertThat(ID_CARD.matcher(page).find()).as("no ID-card number").isFalse();
            assertThat(page).doesNotContain("0551-62345678");
            assertThat(html("/public/shili")).contains(title);
            assertThat(search("公开门户测试")).contains(title);
            assertThat(search("不可能出现的案由词")).doesNotContain(title).contains("没有案由含");
            assertThat(search("100%_")).contains("没有案由含");
            for (String p : new String[] {"/public/shili", "/public/shili/proposals", "/public/shili/studios"}) {
                String h = html(p);
                assertThat(MOBILE.matcher(h).find()).as(p).isFalse();
                assertThat(ID_CARD.matcher(h).find()).as(p).isFalse();
            }
            // another committee's portal does not show it, by list or by id
            assertThat(html("/public/dongcheng/proposals")).doesNotContain(title);
            mvc.perform(get("/public/dongcheng/proposals/" + id)).andExpect(status().isNotFound());

            // taken off the portal through the page's button
            mvc.perform(post("/proposals/" + id + "/publication").param("published", "false").session(login(mvc, "staff")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/public/shili/proposals/" + id)).andExpect(status().isNotFound());
        }
    }

    @Test
    void aProposalIsPublicOnlyFiledWithConsentAndByTheOffice() throws Exception {
        long city = committees.city();
        long draft = jdbc.sql("select id from proposal where committee_id = ? and status = 'DRAFT' order by id limit 1")
                .param(city).query(Long.class).single();
        publish("staff", draft).andExpect(status().isConflict());
        long noConsent = proposal("关于未同意公开的建议", null);
        jdbc.sql("update proposal set publishable = false where id = ?").param(noConsent).update();
        try {
            publish("staff", noConsent).andExpect(status().isConflict());
        } finally {
            jdbc.sql("update proposal set publishable = true where id = ?").param(noConsent).update();
        }
        publish("member", noConsent).andExpect(status().isForbidden());
        publish("unit", noConsent).andExpect(status().isForbidden());
        publish("dc_staff", noConsent).andExpect(status().isNotFound());
        mvc.perform(get("/public/shili/proposals/" + noConsent)).andExpect(status().isNotFound());
    }

    @Test
    void thePublicPathOpensNothingElse() throws Exception {
        mvc.perform(get("/public/no-such-portal")).andExpect(status().isNotFound());
        mvc.perform(get("/public/shili/proposals/abc")).andExpect(status().isNotFound());
        String home = html("/public/shili");
        assertThat(home).contains("示例市政协公开门户", "委员工作室", "年度工作数字");
        long anyProposal = jdbc.sql("select id from proposal where committee_id = ? order by id limit 1")
                .param(committees.city()).query(Long.class).single();
        mvc.perform(get("/proposals/" + anyProposal)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/participation/moderation")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/moderation")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/public-portal")).andExpect(status().isUnauthorized());
        // a citizen's visit opens no session
        assertThat(mvc.perform(get("/public/shili")).andReturn().getRequest().getSession(false)).isNull();
    }

    @Test
    void theAdministratorSetsThePortalAddress() throws Exception {
        api.get("dc_admin", "/api/v1/public-portal").andExpect(status().isOk());
        putPortal("dc_staff", "dongcheng", "东城").andExpect(status().isForbidden());
        putPortal("dc_admin", "shili", "抢占").andExpect(status().isConflict());
        putPortal("dc_admin", "Bad Code!", "东城").andExpect(status().isUnprocessableContent());
        putPortal("dc_admin", "dongcheng", "示例市东城区政协公开门户").andExpect(status().isOk());
        mvc.perform(post("/participation/portal").param("code", "dongcheng").param("title", "示例市东城区政协公开门户")
                .session(login(mvc, "dc_admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(html("/public/dongcheng")).contains("示例市东城区政协公开门户");
    }

    @Test
    void numbersThatLookPersonalAreMaskedInPublishedText() {
        assertThat(PublishedProposals.scrub("请拨打13912345678或0551-6234567，身份证11010119900307123X。共3000元"))
                .isEqualTo("请拨打***********或************，身份证******************。共3000元");
    }

    private org.springframework.test.web.servlet.ResultActions publish(String user, long id) throws Exception {
        return mvc.perform(put("/api/v1/proposals/" + id + "/publication").header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON).content("{\"published\":true}"));
    }

    private org.springframework.test.web.servlet.ResultActions putPortal(String user, String code, String title) throws Exception {
        return mvc.perform(put("/api/v1/public-portal").header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"title\":\"" + title + "\"}"));
    }
}
