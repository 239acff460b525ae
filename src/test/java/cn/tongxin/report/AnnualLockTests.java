package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.committee;
import static cn.tongxin.report.AnnualFixture.line;
import static cn.tongxin.report.AnnualFixture.proposalsOn;
import static cn.tongxin.report.AnnualFixture.settled;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.rollup.internal.CommitteeChanges;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Locking a year when the work report is adopted: published figures kept, later corrections shown as differences, next
 * year compares with the published figures. Past years of a county (1991/1992, 1995) so no other test's records fall in.
 */
@IntegrationTest
class AnnualLockTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommitteeChanges changes;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aLockedYearKeepsItsPublishedFiguresShowsCorrectionsAsDifferencesAndIsWhatNextYearComparesWith() throws Exception {
        long east = committee(jdbc, "示例市东城区政协");
        var steps = new SystemSteps(api, jdbc, "dc_");
        long mark = AnnualFixture.lastProposal(jdbc);
        steps.proposal(true);
        steps.proposal(false);
        settled(jdbc);
        proposalsOn(jdbc, changes, east, mark, LocalDate.of(1991, 3, 1));
        var before = api.get("dc_staff", "/api/v1/reports/annual?year=1991").andExpect(status().isOk());
        int received = ((Number) line(api, before, Figure.PROPOSALS_RECEIVED.name()).get("value")).intValue();
        assertThat(received).isGreaterThanOrEqualTo(2);

        api.post("dc_member", "/api/v1/reports/annual/lock", "{\"year\":1991,\"adoptedOn\":\"1992-01-20\"}").andExpect(status().isForbidden());
        api.post("dc_leader", "/api/v1/reports/annual/lock", "{\"year\":1991,\"adoptedOn\":\"1992-01-20\"}").andExpect(status().isForbidden());
        api.post("dc_staff", "/api/v1/reports/annual/lock", "{\"year\":1991,\"adoptedOn\":\"" + LocalDate.now(SystemSteps.ZONE).plusDays(2) + "\"}")
                .andExpect(status().isUnprocessableContent());
        api.post("dc_staff", "/api/v1/reports/annual/lock", "{\"year\":1991}").andExpect(status().isUnprocessableContent());
        api.post("dc_staff", "/api/v1/reports/annual/lock", "{\"year\":1991,\"adoptedOn\":\"1990-12-01\"}").andExpect(status().isUnprocessableContent());
        api.post("dc_staff", "/api/v1/reports/annual/lock", "{\"year\":1991,\"adoptedOn\":\"1992-01-20\"}").andExpect(status().isOk());
        api.post("dc_admin", "/api/v1/reports/annual/lock", "{\"year\":1991,\"adoptedOn\":\"1992-01-21\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_log where committee_id = ? and action = '锁定年度数字'").param(east)
                .query(Long.class).single()).isEqualTo(1);

        var locked = api.get("dc_staff", "/api/v1/reports/annual?year=1991").andExpect(status().isOk());
        assertThat((String) api.read(locked, "$.lock.adoptedOn")).isEqualTo("1992-01-20");
        var line = line(api, locked, Figure.PROPOSALS_RECEIVED.name());
        assertThat(((Number) line.get("published")).intValue()).isEqualTo(received);
        assertThat(((Number) line.get("difference")).intValue()).isZero();

        // a correction after publication: one more proposal received in 1991
        long mark2 = AnnualFixture.lastProposal(jdbc);
        steps.proposal(false);
        settled(jdbc);
        proposalsOn(jdbc, changes, east, mark2, LocalDate.of(1991, 3, 1));
        var corrected = api.get("dc_staff", "/api/v1/reports/annual?year=1991").andExpect(status().isOk());
        var after = line(api, corrected, Figure.PROPOSALS_RECEIVED.name());
        assertThat(((Number) after.get("value")).intValue()).isEqualTo(received + 1);
        assertThat(((Number) after.get("published")).intValue()).isEqualTo(received);
        assertThat(((Number) after.get("difference")).intValue()).isEqualTo(1);
        String page = mvc.perform(get("/reports/annual").param("year", "1991").session(login(mvc, "dc_staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("当前数据与公布数不同", "1992-01-20").doesNotContain("锁定本年度数字");

        // 1992 compares with 1991 as published, not with the corrected records
        var next = api.get("dc_staff", "/api/v1/reports/annual?year=1992").andExpect(status().isOk());
        assertThat((String) api.read(next, "$.previousSource")).contains("上年公布数", "1992-01-20");
        assertThat(((Number) line(api, next, Figure.PROPOSALS_RECEIVED.name()).get("previous")).intValue()).isEqualTo(received);
        // a county's own lock does not lock the city
        api.get("staff", "/api/v1/reports/annual?year=1991").andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("\"lock\":null"));
    }

    @Test
    void thePageLocksTooAndRefusesAFutureDateWithAMessage() throws Exception {
        var session = login(mvc, "xs_staff");
        mvc.perform(post("/reports/annual/lock").param("year", "1995")
                        .param("adoptedOn", LocalDate.now(SystemSteps.ZONE).plusDays(1).toString()).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("error")).isEqualTo("通过日期不能晚于今天"));
        mvc.perform(post("/reports/annual/lock").param("year", "1995").param("adoptedOn", "1996-01-10").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        var r = api.get("xs_staff", "/api/v1/reports/annual?year=1995").andExpect(status().isOk());
        assertThat((String) api.read(r, "$.lock.adoptedOn")).isEqualTo("1996-01-10");
        api.post("xs_staff", "/api/v1/reports/annual/lock", "{\"year\":" + (LocalDate.now(SystemSteps.ZONE).getYear() + 1)
                + ",\"adoptedOn\":\"" + LocalDate.now(SystemSteps.ZONE) + "\"}").andExpect(status().isUnprocessableContent());
    }
}
