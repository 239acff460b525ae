package cn.tongxin.organization;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * An upper committee reads a lower committee's records only while the lower committee grants it, read-only; peers and
 * lower committees never; grants and revokes are the lower office's, audited, and a revoke holds at once.
 */
@IntegrationTest
class CommitteeGrantTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Api api;
    long city;
    long east;
    long west;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        city = committee("示例市政协");
        east = committee("示例市东城区政协");
        west = committee("示例市西山县政协");
    }

    @AfterEach
    void revokeEverything() throws Exception {
        for (String office : List.of("dc_staff", "xs_staff")) {
            for (long upper : List.of(city)) {
                mvc.perform(delete("/api/v1/committee-grants/" + upper).header("Authorization", "Bearer " + apiToken(mvc, office)));
            }
        }
    }

    long committee(String name) {
        return jdbc.sql("select id from committee where name = ?").param(name).query(Long.class).single();
    }

    ResultActions grant(String user, Object upper) throws Exception {
        return api.post(user, "/api/v1/committee-grants", "{\"upperCommitteeId\":" + upper + "}");
    }

    ResultActions revoke(String user, long upper) throws Exception {
        return mvc.perform(delete("/api/v1/committee-grants/" + upper).header("Authorization", "Bearer " + apiToken(mvc, user)));
    }

    long report(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    long suggestion(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\"}"
                .formatted(UUID.randomUUID(), title)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.suggestion.id")).longValue();
    }

    long proposal(String user, String title) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    long activity(String staff, String title) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        var r = api.post(staff, "/api/v1/activities", """
                {"title":"%s","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[]}""".formatted(title, start, start.plusHours(2))).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    @Test
    void upperStaffAndLeadersReadALowerCommitteesRecordsOnlyWhileItGrantsThem() throws Exception {
        long report = report("dc_member", "东城区授权查阅信息");
        long suggestion = suggestion("dc_member", "东城区授权查阅微建议");
        long proposal = proposal("dc_member", "东城区授权查阅提案");
        long activity = activity("dc_staff", "东城区授权查阅活动");
        List<String> records = List.of("/api/v1/opinions/" + report, "/api/v1/suggestions/" + suggestion,
                "/api/v1/proposals/" + proposal, "/api/v1/activities/" + activity);
        List<String> lists = List.of("/api/v1/opinions", "/api/v1/suggestions", "/api/v1/proposals", "/api/v1/activities");

        for (String path : records) {
            api.get("staff", path + "?committeeId=" + east).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("该政协尚未授权本会查阅其记录"));
            api.get("staff", path).andExpect(status().isNotFound());
        }
        api.get("leader", "/api/v1/opinions?committeeId=" + east).andExpect(status().isForbidden());

        grant("dc_staff", city).andExpect(status().isCreated());

        for (String user : List.of("staff", "leader")) {
            for (String path : records) {
                api.get(user, path + "?committeeId=" + east).andExpect(status().isOk());
            }
            for (String path : lists) {
                api.get(user, path + "?size=100&committeeId=" + east).andExpect(status().isOk());
            }
        }
        api.get("staff", "/api/v1/opinions/" + report + "?committeeId=" + east)
                .andExpect(jsonPath("$.report.title").value("东城区授权查阅信息")).andExpect(jsonPath("$.actions").isEmpty());
        api.get("staff", "/api/v1/activities/" + activity + "?committeeId=" + east).andExpect(jsonPath("$.actions").isEmpty());
        List<Integer> listed = api.read(api.get("staff", "/api/v1/opinions?size=100&committeeId=" + east), "$.items[*].id");
        assertThat(listed).contains((int) report);
        // a city member is no reader of the counties' records
        api.get("member", "/api/v1/opinions/" + report + "?committeeId=" + east).andExpect(status().isForbidden());

        var session = login(mvc, "staff");
        String page = mvc.perform(get("/opinions/" + report).param("committeeId", String.valueOf(east)).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("正在只读查阅").contains("示例市东城区政协").doesNotContain("data-action=\"ACCEPT\"");
        for (String path : List.of("/proposals/" + proposal, "/suggestions/" + suggestion, "/activities/" + activity)) {
            assertThat(mvc.perform(get(path).param("committeeId", String.valueOf(east)).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("正在只读查阅");
        }
        String list = mvc.perform(get("/opinions").param("committeeId", String.valueOf(east)).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("东城区授权查阅信息").contains("name=\"committeeId\"");

        revoke("dc_staff", city).andExpect(status().isNoContent());
        for (String path : records) {
            api.get("staff", path + "?committeeId=" + east).andExpect(status().isForbidden());
        }
        mvc.perform(get("/opinions/" + report).param("committeeId", String.valueOf(east)).session(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void peersAndLowerCommitteesNeverReadAcrossEvenWithAGrant() throws Exception {
        long report = report("dc_member", "东城区不给同级看的信息");
        long cityReport = report("member", "市政协不给下级看的信息");
        grant("dc_staff", city).andExpect(status().isCreated());
        api.get("xs_staff", "/api/v1/opinions/" + report + "?committeeId=" + east).andExpect(status().isNotFound());
        api.get("xs_leader", "/api/v1/opinions?committeeId=" + east).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/opinions/" + cityReport + "?committeeId=" + city).andExpect(status().isNotFound());
        api.get("dc_leader", "/api/v1/proposals?committeeId=" + city).andExpect(status().isNotFound());
        api.get("staff", "/api/v1/opinions?committeeId=987654321").andExpect(status().isNotFound());
        // granted to the city, the county's record is still not readable under another committee's id
        api.get("staff", "/api/v1/opinions/" + report + "?committeeId=" + west).andExpect(status().isForbidden());
        api.get("staff", "/api/v1/opinions?committeeId=abc").andExpect(status().is4xxClientError());
    }

    @Test
    void noStepIsPossibleAcrossCommitteesWithAGrant() throws Exception {
        long report = report("dc_member", "东城区只读信息");
        grant("dc_staff", city).andExpect(status().isCreated());
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isNotFound());
        api.post("staff", "/api/v1/opinions/" + report + "/accept?committeeId=" + east, "{}").andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        // the county's report id in a body of the city's step
        api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + report + "],\"title\":\"合并\",\"text\":\"正文\"}")
                .andExpect(status().is4xxClientError());
        api.post("staff", "/api/v1/opinions/" + report + "/upward", null).andExpect(status().isNotFound());
        mvc.perform(post("/opinions/" + report + "/accept").param("committeeId", String.valueOf(east)).session(login(mvc, "staff"))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from opinion_report where id = ?").param(report).query(String.class).single())
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select count(*) from opinion_report where id = ? and item_id is not null").param(report)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheLowerOfficeGrantsItsOwnUpperCommitteesAndEveryChangeIsAudited() throws Exception {
        grant("dc_member", city).andExpect(status().isForbidden());
        grant("dc_leader", city).andExpect(status().isForbidden());
        grant("dc_staff", west).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("只能授权本会的上级政协查阅"));
        grant("dc_staff", east).andExpect(status().isUnprocessableContent());
        grant("staff", east).andExpect(status().isUnprocessableContent());
        grant("dc_staff", "null").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择上级政协"));
        grant("dc_staff", "\"abc\"").andExpect(status().is4xxClientError());
        revoke("dc_staff", city).andExpect(status().isConflict());
        grant("dc_staff", city).andExpect(status().isCreated());
        grant("dc_staff", city).andExpect(status().isConflict());
        api.get("dc_staff", "/api/v1/committee-grants").andExpect(status().isOk())
                .andExpect(jsonPath("$.uppers[0].name").value("示例市政协")).andExpect(jsonPath("$.uppers[0].granted").value(true));
        api.get("staff", "/api/v1/committee-grants").andExpect(jsonPath("$.grantedToUs[*].name").value(org.hamcrest.Matchers.hasItem("示例市东城区政协")));
        revoke("dc_staff", city).andExpect(status().isNoContent());
        assertThat(jdbc.sql("""
                select action from audit_log where committee_id = ? and target_type = 'committee_grant' order by id desc limit 2""")
                .param(east).query(String.class).list()).containsExactly("撤销上级政协查阅授权", "授权上级政协查阅");
    }

    @Test
    void theGrantsPageGrantsAndRevokes() throws Exception {
        var session = login(mvc, "xs_staff");
        assertThat(mvc.perform(get("/org/grants").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("示例市政协").contains("授权查阅");
        mvc.perform(post("/org/grants").param("upperCommitteeId", String.valueOf(city)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        api.get("staff", "/api/v1/proposals?committeeId=" + west).andExpect(status().isOk());
        mvc.perform(post("/org/grants/" + city + "/revoke").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        api.get("staff", "/api/v1/proposals?committeeId=" + west).andExpect(status().isForbidden());
        mvc.perform(post("/org/grants").param("upperCommitteeId", "x").session(session).with(csrf()))
                .andExpect(status().is4xxClientError());
    }
}
