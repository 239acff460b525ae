package cn.tongxin.member;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** Staff of county A (东城区) can neither list, read nor change county B's (西山县) members, by UI or API. */
@IntegrationTest
class CommitteeIsolationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long westMember() {
        return jdbc.sql("""
                select m.id from member m join committee c on c.id = m.committee_id
                 where c.name = '示例市西山县政协' order by m.id limit 1""").query(Long.class).single();
    }

    private String nameOf(long memberId) {
        return jdbc.sql("select name || ':' || version from member where id = ?").param(memberId).query(String.class).single();
    }

    @Test
    void countyStaffCannotOpenAnotherCountysMemberPage() throws Exception {
        long other = westMember();
        var session = login(mvc, "dc_staff");
        mvc.perform(get("/members/" + other).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/members/" + other + "/edit").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void countyStaffCannotChangeAnotherCountysMemberThroughTheUi() throws Exception {
        long other = westMember();
        String before = nameOf(other);
        mvc.perform(post("/members/" + other).session(login(mvc, "dc_staff")).with(csrf())
                        .param("name", "篡改").param("gender", "MALE").param("mobile", "13900000001").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(nameOf(other)).isEqualTo(before);
    }

    @Test
    void countyStaffListsOnlyTheirOwnMembers() throws Exception {
        long eastCount = jdbc.sql("""
                select count(*) from member m join committee c on c.id = m.committee_id where c.name = '示例市东城区政协'""")
                .query(Long.class).single();
        String token = apiToken(mvc, "dc_staff");
        mvc.perform(get("/api/v1/members").param("size", "200").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(eastCount));
        String westName = nameOf(westMember()).split(":")[0];
        String page = mvc.perform(get("/members").param("name", westName).session(login(mvc, "dc_staff")))
                .andReturn().getResponse().getContentAsString();
        long eastSameName = jdbc.sql("""
                select count(*) from member m join committee c on c.id = m.committee_id
                 where c.name = '示例市东城区政协' and m.name like ?""").param("%" + westName + "%").query(Long.class).single();
        if (eastSameName == 0) {
            assertThat(page).contains("没有符合条件的委员");
        }
    }

    @Test
    void countyStaffCannotReadOrChangeAnotherCountysMemberThroughTheApi() throws Exception {
        long other = westMember();
        String before = nameOf(other);
        String token = apiToken(mvc, "dc_staff");
        mvc.perform(get("/api/v1/members/" + other).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到委员，或您无权查看"));
        mvc.perform(put("/api/v1/members/" + other).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"data\":{\"name\":\"篡改\",\"gender\":\"MALE\",\"mobile\":\"13900000002\"}}"))
                .andExpect(status().isNotFound());
        assertThat(nameOf(other)).isEqualTo(before);
    }

    @Test
    void countyAdministratorCannotSeeAnotherCountysHandlingUnitsOrSettings() throws Exception {
        long westUnit = jdbc.sql("""
                select h.id from handling_unit h join committee c on c.id = h.committee_id
                 where c.name = '示例市西山县政协' order by h.id limit 1""").query(Long.class).single();
        var session = login(mvc, "dc_admin");
        mvc.perform(get("/org/units/" + westUnit).session(session)).andExpect(status().isNotFound());
        String token = apiToken(mvc, "dc_admin");
        mvc.perform(get("/api/v1/handling-units/" + westUnit).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("示例市东城区政协"));
    }

    @Test
    void membersAndUnitsCannotListTheRoster() throws Exception {
        mvc.perform(get("/members").session(login(mvc, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/members").session(login(mvc, "unit"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/members").header("Authorization", "Bearer " + apiToken(mvc, "unit")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("无权访问"));
    }

    @Test
    void aMemberSeesOnlyTheirOwnRecord() throws Exception {
        long own = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        var session = login(mvc, "member");
        mvc.perform(get("/members/" + own).session(session)).andExpect(status().isOk());
        mvc.perform(get("/members/" + (own + 1)).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aLeaderReadsButCannotChange() throws Exception {
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        var session = login(mvc, "leader");
        mvc.perform(get("/members/" + member).session(session)).andExpect(status().isOk());
        mvc.perform(post("/members").session(session).with(csrf())
                        .param("name", "领导新增").param("gender", "MALE").param("mobile", "13900000003"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from member where name = '领导新增'").query(Long.class).single()).isZero();
    }
}
