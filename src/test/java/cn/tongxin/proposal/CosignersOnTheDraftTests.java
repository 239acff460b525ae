package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** 联名 named on the drafting form (page and API): invited when the draft is saved, only members of the own committee. */
@IntegrationTest
class CosignersOnTheDraftTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long proposals(String title) {
        return jdbc.sql("select count(*) from proposal where title = ?").param(title).query(Long.class).single();
    }

    List<String> invitationStatuses(long proposalId, long memberId) {
        return jdbc.sql("select status from proposal_cosigner where proposal_id = ? and member_id = ?").params(proposalId, memberId)
                .query(String.class).list();
    }

    /** The options of the co-signer select. */
    static String cosignerChoices(String html) {
        int start = html.indexOf("name=\"cosignerIds\"");
        assertThat(start).as("co-signer select on the form").isPositive();
        return html.substring(start, html.indexOf("</select>", start));
    }

    @Test
    void coSignersNamedInTheDraftCreatedThroughTheApiAreInvitedWhenItIsSaved() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"草稿即邀联名的提案","body":"正文，建议如下","category":"ECONOMY","cosignerIds":[%d]}"""
                .formatted(UUID.randomUUID(), memberId("member2"))).andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        assertThat((String) api.read(created, "$.proposal.kind")).isEqualTo("JOINT");
        assertThat(invitationStatuses(id, memberId("member2"))).containsExactly("INVITED");
        // the invited member finds it among the things waiting for them
        List<String> todo = api.read(api.get("member2", "/api/v1/me/desk").andExpect(status().isOk()), "$.member.todo[*].title");
        assertThat(todo).contains("草稿即邀联名的提案");
    }

    @Test
    void coSignersAddedWhenTheDraftIsUpdatedAreInvitedAndThoseInvitedBeforeStay() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"修改时邀联名的提案","body":"正文","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        int version = ((Number) api.read(created, "$.proposal.version")).intValue();
        long other = jdbc.sql("""
                select m.id from member m where m.committee_id = (select committee_id from member where id = ?) and m.status = 'ACTIVE'
                   and m.id not in (?, ?) order by m.id limit 1""").params(memberId("member"), memberId("member"), memberId("member2"))
                .query(Long.class).single();
        mvc.perform(put("/api/v1/proposals/" + id).header("Authorization", "Bearer " + api.token("member"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"data":{"title":"修改时邀联名的提案","body":"正文","category":"ECONOMY","cosignerIds":[%d,%d]}}"""
                        .formatted(version, memberId("member2"), other))).andExpect(status().isOk());
        assertThat(invitationStatuses(id, memberId("member2"))).containsExactly("INVITED");
        assertThat(invitationStatuses(id, other)).containsExactly("INVITED");
    }

    @Test
    void aMemberOfAnotherCommitteeIsRefusedAndNothingIsSaved() throws Exception {
        var refused = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"邀请外会委员联名的提案","body":"正文","category":"ECONOMY","cosignerIds":[%d]}"""
                .formatted(UUID.randomUUID(), memberId("dc_member"))).andExpect(status().isUnprocessableContent());
        List<String> fields = api.read(refused, "$.errors[*].field");
        assertThat(fields).containsExactly("cosignerIds");
        assertThat(proposals("邀请外会委员联名的提案")).isZero();
        assertThat(jdbc.sql("select count(*) from proposal_cosigner where member_id = ?").param(memberId("dc_member"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void theLeadCannotNameThemselfNorCoSignACollectiveProposal() throws Exception {
        var self = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"邀请本人联名的提案","body":"正文","category":"ECONOMY","cosignerIds":[%d]}"""
                .formatted(UUID.randomUUID(), memberId("member"))).andExpect(status().isUnprocessableContent());
        assertThat((List<String>) api.read(self, "$.errors[*].message")).contains("不能邀请第一提案人本人联名");
        assertThat(proposals("邀请本人联名的提案")).isZero();
    }

    @Test
    void theDraftingFormNamesCoSignersAndKeepsWhatWasTypedAfterARefusal() throws Exception {
        MockHttpSession member = Logins.login(mvc, "member");
        String form = mvc.perform(get("/proposals/new").session(member)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long member2 = memberId("member2");
        assertThat(cosignerChoices(form)).contains("<option value=\"" + member2 + "\">")
                .doesNotContain("<option value=\"" + memberId("member") + "\">");
        String key = UUID.randomUUID().toString();
        // no category: refused, the form comes back with the member's own text and the co-signer still chosen
        String again = mvc.perform(post("/proposals").session(member).with(csrf()).param("requestKey", key).param("kind", "INDIVIDUAL")
                        .param("title", "表单上邀联名的提案").param("body", "委员自己写的正文").param("cosignerIds", String.valueOf(member2)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("请选择提案分类").contains("value=\"表单上邀联名的提案\"").contains("委员自己写的正文");
        assertThat(cosignerChoices(again)).containsPattern("<option value=\"" + member2 + "\"[^>]*selected");
        assertThat(proposals("表单上邀联名的提案")).isZero();
        // chosen again with a category: saved and invited
        mvc.perform(post("/proposals").session(member).with(csrf()).param("requestKey", key).param("kind", "INDIVIDUAL")
                        .param("title", "表单上邀联名的提案").param("body", "委员自己写的正文").param("category", "ECONOMY")
                        .param("cosignerIds", String.valueOf(member2)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from proposal where title = '表单上邀联名的提案'").query(Long.class).single();
        assertThat(invitationStatuses(id, member2)).containsExactly("INVITED");
        // the edit form names who was invited and offers only the others
        String edit = mvc.perform(get("/proposals/" + id + "/edit").session(member)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(edit).contains("id=\"invited-cosigners\"");
        assertThat(cosignerChoices(edit)).doesNotContain("<option value=\"" + member2 + "\">");
    }
}
