package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** The facts a member's performance record needs are published with who, the day it happened, committee and report. */
@IntegrationTest
@RecordApplicationEvents
class OpinionFactsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void submittedAcceptedAndIssuedAreCreditedToTheAuthorsOnTheDayTheyHappened() throws Exception {
        Api api = new Api(mvc);
        var r = api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"履职事实","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.report.id")).longValue();
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        long committee = jdbc.sql("select committee_id from opinion_report where id = ?").param(id).query(Long.class).single();

        assertThat(events.stream(OpinionEvents.ReportSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(id);
            assertThat(e.committeeId()).isEqualTo(committee);
            assertThat(e.authorMemberIds()).containsExactly(member);
            assertThat(e.correspondentAccountId()).isNull();
            assertThat(e.submittedOn()).isNotNull();
        });

        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        assertThat(events.stream(OpinionEvents.ReportAccepted.class)).singleElement()
                .satisfies(e -> assertThat(e.authorMemberIds()).containsExactly(member));

        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"事实\",\"text\":\"稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"事实专题\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{\"issuedOn\":\"2026-01-10\"}").andExpect(status().isOk());

        assertThat(events.stream(OpinionEvents.ReportIssued.class)).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(id);
            assertThat(e.bulletinId()).isEqualTo(bulletin);
            assertThat(e.itemId()).isEqualTo(itemId);
            assertThat(e.authorMemberIds()).containsExactly(member);
            assertThat(e.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        });
        assertThat(events.stream(OpinionEvents.BulletinIssued.class)).singleElement()
                .satisfies(e -> assertThat(e.itemIds()).containsExactly(itemId));
    }

    @Test
    void aCorrespondentsReportCreditsTheCorrespondent() throws Exception {
        Api api = new Api(mvc);
        var r = api.post("correspondent", "/api/v1/opinions", """
                {"requestKey":"%s","title":"信息员事实","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
        long account = jdbc.sql("select id from user_account where username = 'correspondent'").query(Long.class).single();
        assertThat(events.stream(OpinionEvents.ReportSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.correspondentAccountId()).isEqualTo(account));
        assertThat(((Number) api.read(r, "$.report.id")).longValue()).isPositive();
    }

    @Test
    void aDraftBulletinLosesAnItemThroughTheApiAsOnThePage() throws Exception {
        Api api = new Api(mvc);
        var r = api.post("correspondent", "/api/v1/opinions", """
                {"requestKey":"%s","title":"移出","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
        long id = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"移出\",\"text\":\"稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"移出专题\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/bulletins/" + bulletin + "/items/" + itemId).header("Authorization", "Bearer " + api.token("staff")))
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
    }
}
