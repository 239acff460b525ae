package cn.tongxin.participation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** The office keeps the word list and decides held writes, by page and API alike; no one else, no other committee. */
@IntegrationTest
class ModerationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void theOfficeKeepsTheWordListByPageAndApi() throws Exception {
        String a = "词" + UUID.randomUUID().toString().substring(0, 6);
        String b = "词" + UUID.randomUUID().toString().substring(0, 6);
        var r = api.post("dc_staff", "/api/v1/sensitive-words", "{\"words\":\"" + a + "\\n" + a + "、 \"}").andExpect(status().isOk());
        assertThat((Integer) api.read(r, "$.added")).isEqualTo(1);
        mvc.perform(post("/participation/sensitive-words").param("words", b).session(login(mvc, "dc_admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/participation/sensitive-words").session(login(mvc, "dc_staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(a, b);
        // the city does not see the county's list
        assertThat(api.get("staff", "/api/v1/sensitive-words").andReturn().getResponse().getContentAsString()).doesNotContain(a);
        mvc.perform(delete("/api/v1/sensitive-words/" + a).header("Authorization", "Bearer " + api.token("staff")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/sensitive-words/" + a).header("Authorization", "Bearer " + api.token("dc_staff")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/participation/sensitive-words/remove").param("word", b).session(login(mvc, "dc_staff")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from sensitive_word where word in (?, ?)").params(a, b).query(Long.class).single()).isZero();
    }

    @Test
    void membersUnitsAndLeadersNeitherKeepWordsNorModerate() throws Exception {
        for (String user : new String[] {"dc_member", "dc_unit", "dc_leader"}) {
            api.post(user, "/api/v1/sensitive-words", "{\"words\":\"x\"}").andExpect(status().isForbidden());
            api.get(user, "/api/v1/moderation").andExpect(status().isForbidden());
        }
        mvc.perform(get("/participation/moderation").session(login(mvc, "dc_member"))).andExpect(status().isForbidden());
    }

    @Test
    void aHeldWriteIsApprovedOnceAndOnlyByItsOwnCommitteesOffice() throws Exception {
        long east = DemoCommittees.of(jdbc).east();
        long id = held(east, 900_000_001L);
        api.post("staff", "/api/v1/moderation/" + id + "/approve", null).andExpect(status().isNotFound());
        String queue = api.get("dc_staff", "/api/v1/moderation").andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("待审核的群众留言");
        api.post("dc_staff", "/api/v1/moderation/" + id + "/approve", null).andExpect(status().isOk());
        api.post("dc_staff", "/api/v1/moderation/" + id + "/reject", "{\"reason\":\"重复\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select status from moderation_item where id = ?").param(id).query(String.class).single()).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from audit_log where target_type = 'moderation_item' and target_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRejectionNeedsAReasonOnThePageToo() throws Exception {
        long east = DemoCommittees.of(jdbc).east();
        long id = held(east, 900_000_002L);
        api.post("dc_staff", "/api/v1/moderation/" + id + "/reject", "{}").andExpect(status().isUnprocessableContent());
        var session = login(mvc, "dc_admin");
        var flash = mvc.perform(post("/participation/moderation/" + id + "/reject").param("reason", "").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(flash.get("error")).isEqualTo("请填写不予通过的理由");
        mvc.perform(post("/participation/moderation/" + id + "/reject").param("reason", "与本会职责无关").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/participation/moderation").param("status", "REJECTED").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("与本会职责无关");
    }

    private long held(long committee, long subjectId) {
        jdbc.sql("delete from moderation_item where subject_type = ? and subject_id = ?")
                .params(SubjectType.CITIZEN_OPINION.name(), subjectId).update();
        return jdbc.sql("""
                insert into moderation_item (committee_id, subject_type, subject_id, excerpt, status)
                values (?, ?, ?, '待审核的群众留言', 'PENDING') returning id""")
                .params(committee, SubjectType.CITIZEN_OPINION.name(), subjectId).query(Long.class).single();
    }
}
