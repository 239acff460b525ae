package cn.tongxin.performance;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 驻地委员: the city's office shows its members at a county; the county lists them with their submissions upward. */
@IntegrationTest
class ResidentMemberTests {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long east;
    long city;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        east = jdbc.sql("select id from committee where name = '示例市东城区政协'").query(Long.class).single();
        city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    void settled() throws Exception {
        for (int i = 0; i < 200; i++) {
            if (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    long reports(String user, long member) throws Exception {
        java.util.List<Number> n = api.read(api.get(user, "/api/v1/resident-members?year=" + YEAR).andExpect(status().isOk()),
                "$.residents[?(@.memberId == " + member + ")].reports");
        return n.getFirst().longValue();
    }

    @Test
    void aCountyListsTheCityMembersLivingThereWithWhatTheySubmittedUpward() throws Exception {
        long member2 = memberId("member2");
        api.post("staff", "/api/v1/resident-members", "{\"memberId\":" + member2 + ",\"committeeId\":" + east + "}")
                .andExpect(status().isCreated());
        try {
            settled();
            api.get("dc_staff", "/api/v1/resident-members?year=" + YEAR).andExpect(status().isOk())
                    .andExpect(jsonPath("$.residents[?(@.memberId == " + member2 + ")].committeeName").value("示例市政协"));
            long before = reports("dc_leader", member2);
            api.post("member2", "/api/v1/opinions", """
                    {"requestKey":"%s","title":"驻区市政协委员的信息","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                    .andExpect(status().isCreated());
            settled();
            assertThat(reports("dc_leader", member2)).isEqualTo(before + 1);
            // the other county does not list them
            api.get("xs_staff", "/api/v1/resident-members").andExpect(jsonPath("$.residents[?(@.memberId == " + member2 + ")]").isEmpty());
            api.get("staff", "/api/v1/resident-members").andExpect(jsonPath("$.assigned[?(@.memberId == " + member2 + ")].committeeName")
                    .value("示例市东城区政协"));
            String page = mvc.perform(get("/residents").session(login(mvc, "dc_staff"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("驻本地的上级政协委员").contains("示例市政协");
            api.post("staff", "/api/v1/resident-members", "{\"memberId\":" + member2 + ",\"committeeId\":" + east + "}")
                    .andExpect(status().isConflict());
        } finally {
            mvc.perform(delete("/api/v1/resident-members/" + member2 + "/" + east).header("Authorization", "Bearer " + apiToken(mvc, "staff")))
                    .andExpect(status().isNoContent());
        }
        api.get("dc_staff", "/api/v1/resident-members").andExpect(jsonPath("$.residents[?(@.memberId == " + member2 + ")]").isEmpty());
    }

    @Test
    void onlyTheUpperOfficeAssignsItsOwnMembersBelowIt() throws Exception {
        long cityMember = memberId("member");
        long countyMember = memberId("dc_member");
        api.post("member", "/api/v1/resident-members", "{\"memberId\":" + cityMember + ",\"committeeId\":" + east + "}")
                .andExpect(status().isForbidden());
        api.post("staff", "/api/v1/resident-members", "{\"memberId\":" + countyMember + ",\"committeeId\":" + east + "}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("只能指派本会委员"));
        api.post("dc_staff", "/api/v1/resident-members", "{\"memberId\":" + countyMember + ",\"committeeId\":" + city + "}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("驻地政协须为本会下级政协"));
        api.post("staff", "/api/v1/resident-members", "{\"memberId\":" + cityMember + ",\"committeeId\":" + city + "}")
                .andExpect(status().isUnprocessableContent());
        api.post("staff", "/api/v1/resident-members", "{\"memberId\":" + cityMember + "}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择驻地政协"));
        api.post("staff", "/api/v1/resident-members", "{\"memberId\":\"x\"}").andExpect(status().is4xxClientError());
        api.get("staff", "/api/v1/resident-members?year=99999").andExpect(status().isUnprocessableContent());
        mvc.perform(delete("/api/v1/resident-members/" + cityMember + "/" + east).header("Authorization", "Bearer " + apiToken(mvc, "staff")))
                .andExpect(status().isNotFound());
        var session = login(mvc, "staff");
        mvc.perform(post("/residents").param("memberId", String.valueOf(cityMember)).param("committeeId", String.valueOf(east))
                .session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/residents/" + cityMember + "/" + east + "/remove").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from resident_member where member_id = ?").param(cityMember).query(Long.class).single())
                .isZero();
    }
}
