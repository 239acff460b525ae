package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.committee;
import static cn.tongxin.report.AnnualFixture.settled;
import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Drill-down across committees: an upper committee's staff and leaders open a lower committee's counted records only
 * while it grants them, read-only (links to the granted read-only pages); without a grant, a peer, a member, or the
 * system total: refused with a Chinese message.
 */
@IntegrationTest
class AnnualGrantedRecordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long city;
    long east;
    long west;
    final int year = LocalDate.now(SystemSteps.ZONE).getYear();

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        city = committee(jdbc, "示例市政协");
        east = committee(jdbc, "示例市东城区政协");
        west = committee(jdbc, "示例市西山县政协");
    }

    @AfterEach
    void revoke() throws Exception {
        mvc.perform(delete("/api/v1/committee-grants/" + city).header("Authorization", "Bearer " + apiToken(mvc, "dc_staff")));
    }

    private long submittedProposal(String user, String title) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    private String records(long committeeId) {
        return "/api/v1/reports/annual/records?figure=PROPOSALS_RECEIVED&size=200&year=" + year + "&committeeId=" + committeeId;
    }

    @Test
    void upperStaffAndLeadersOpenAGrantingCountysCountedRecordsReadOnly() throws Exception {
        long proposal = submittedProposal("dc_member", "年度授权明细提案");
        settled(jdbc);
        api.get("staff", records(east)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("该政协尚未授权本会查阅其记录，这里只能看到数字"));
        var figuresOnly = api.get("staff", "/api/v1/reports/annual?year=" + year + "&committeeId=" + east).andExpect(status().isOk());
        assertThat((Boolean) api.read(figuresOnly, "$.drillDown")).isFalse();
        assertThat(AnnualFixture.line(api, figuresOnly, "PROPOSALS_RECEIVED").get("records")).isNull();

        api.post("dc_staff", "/api/v1/committee-grants", "{\"upperCommitteeId\":" + city + "}").andExpect(status().isCreated());

        for (String user : List.of("staff", "leader")) {
            var account = api.get(user, "/api/v1/reports/annual?year=" + year + "&committeeId=" + east).andExpect(status().isOk());
            assertThat((Boolean) api.read(account, "$.drillDown")).isTrue();
            var line = AnnualFixture.line(api, account, "PROPOSALS_RECEIVED");
            assertThat((String) line.get("records")).contains("committeeId=" + east);
            var r = api.get(user, records(east)).andExpect(status().isOk());
            assertThat(((Number) api.read(r, "$.total")).intValue()).isEqualTo(((Number) line.get("value")).intValue());
            List<Map<String, Object>> items = api.read(r, "$.items");
            assertThat(items).anySatisfy(i -> {
                assertThat(i.get("title")).isEqualTo("年度授权明细提案");
                assertThat(i.get("link")).isEqualTo("/proposals/" + proposal + "?committeeId=" + east);
            });
            assertThat(items).allSatisfy(i -> assertThat((String) i.get("link")).endsWith("?committeeId=" + east));
            api.get(user, "/api/v1/proposals/" + proposal + "?committeeId=" + east).andExpect(status().isOk());
        }
        String page = mvc.perform(get("/reports/annual/records").param("figure", "PROPOSALS_RECEIVED").param("year", Integer.toString(year))
                        .param("committeeId", Long.toString(east)).session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("正在只读查阅", "示例市东城区政协", "年度授权明细提案", "/proposals/" + proposal + "?committeeId=" + east);
        String annual = mvc.perform(get("/reports/annual").param("year", Integer.toString(year)).param("committeeId", Long.toString(east))
                .session(login(mvc, "staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(annual).contains("committeeId=" + east + "&amp;figure=PROPOSALS_RECEIVED");

        // a grant opens that committee only: not one that has not granted, not the system total, never a peer or a member
        api.get("staff", records(west)).andExpect(status().isForbidden());
        api.get("staff", "/api/v1/reports/annual/records?figure=PROPOSALS_RECEIVED&year=" + year + "&scope=system")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("本级及下级政协合计的数字不能查看明细，请逐个政协查看"));
        api.get("xs_staff", records(east)).andExpect(status().isForbidden());
        api.get("member", records(east)).andExpect(status().isForbidden());

        mvc.perform(delete("/api/v1/committee-grants/" + city).header("Authorization", "Bearer " + apiToken(mvc, "dc_staff")))
                .andExpect(status().is2xxSuccessful());
        api.get("leader", records(east)).andExpect(status().isForbidden());
    }

    @Test
    void aGrantedRecordWithoutAReadOnlyPageIsListedWithoutALink() {
        assertThat(GrantedLinks.link("/proposals/12", 7)).isEqualTo("/proposals/12?committeeId=7");
        assertThat(GrantedLinks.link("/opinions/12", 7)).isEqualTo("/opinions/12?committeeId=7");
        assertThat(GrantedLinks.link("/activities/3", 7)).isEqualTo("/activities/3?committeeId=7");
        assertThat(GrantedLinks.link("/activities/3/outputs/4", 7)).isNull();
        assertThat(GrantedLinks.link("/opinion-items/2", 7)).isNull();
        assertThat(GrantedLinks.link("/members/2", 7)).isNull();
        assertThat(GrantedLinks.link("/supervision", 7)).isNull();
    }
}
