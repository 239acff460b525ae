package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** The facts a member's performance record counts are published with who and when; the proposal follows its case. */
@IntegrationTest
@RecordApplicationEvents
class ProposalEventsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    long draft(String title) throws Exception {
        var result = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(result, "$.proposal.id")).longValue();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aCoSignersAnswerLeavesTheLeadsOpenFormValid() throws Exception {
        long id = draft("关于联名不打断编辑的建议");
        api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":[" + memberId("member2") + "]}")
                .andExpect(status().isOk());
        int versionOnTheLeadsForm = jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single();

        api.post("member2", "/api/v1/proposals/" + id + "/cosign", "{\"confirm\":true}").andExpect(status().isOk());

        assertThat(jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(versionOnTheLeadsForm);
        assertThat(events.stream(ProposalEvents.CoSigned.class).filter(e -> e.proposalId() == id)).hasSize(1);
    }

    @Test
    void aProposalRowWrittenBeforeTheAggregateStillTakesItsSteps() throws Exception {
        long id = draft("关于旧数据行的建议");
        jdbc.sql("update proposal set version = 0 where id = ?").param(id).update(); // as rows inserted by SQL were

        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());

        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from proposal where id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void coSigningSubmittingAndFilingArePublishedWithWhoAndWhen() throws Exception {
        long id = draft("关于事件发布的建议");
        long lead = memberId("member");
        long cosigner = memberId("member2");
        api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":[" + cosigner + "]}").andExpect(status().isOk());
        api.post("member2", "/api/v1/proposals/" + id + "/cosign", "{\"confirm\":true}").andExpect(status().isOk());
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());

        var coSigned = events.stream(ProposalEvents.CoSigned.class).filter(e -> e.proposalId() == id).toList();
        assertThat(coSigned).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo(cosigner);
            assertThat(e.confirmedAt()).isNotNull();
        });
        var submitted = events.stream(ProposalEvents.Submitted.class).filter(e -> e.proposalId() == id).toList();
        assertThat(submitted).singleElement().satisfies(e -> {
            assertThat(e.leadMemberId()).isEqualTo(lead);
            assertThat(e.coSignerIds()).isEqualTo(Set.of(cosigner));
            // the moment stored as submitted_at (the database keeps microseconds)
            assertThat(e.submittedAt()).isCloseTo(jdbc.sql("select submitted_at from proposal where id = ?").param(id)
                    .query(java.sql.Timestamp.class).single().toInstant(), within(1, ChronoUnit.MILLIS));
        });
        var filed = events.stream(ProposalEvents.Filed.class).filter(e -> e.proposalId() == id).toList();
        assertThat(filed).singleElement().satisfies(e -> {
            assertThat(e.leadMemberId()).isEqualTo(lead);
            assertThat(e.coSignerIds()).isEqualTo(Set.of(cosigner));
            assertThat(e.numberText()).matches(".*第\\d{4}号");
            assertThat(e.committeeId()).isEqualTo(jdbc.sql("select committee_id from proposal where id = ?").param(id)
                    .query(Long.class).single());
        });
    }

    @Test
    void returningAndWithdrawingArePublished() throws Exception {
        long id = draft("关于退回与撤回的建议");
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/return", "{\"note\":\"请补充数据\"}").andExpect(status().isOk());
        api.post("member", "/api/v1/proposals/" + id + "/withdraw", null).andExpect(status().isOk());
        assertThat(events.stream(ProposalEvents.Returned.class).filter(e -> e.proposalId() == id)).hasSize(1);
        assertThat(events.stream(ProposalEvents.Withdrawn.class).filter(e -> e.proposalId() == id)).hasSize(1);
    }

    @Test
    void aProposalInHandlingClosesAndReopensWithItsCase() throws Exception {
        long id = draft("关于跟随办理事项办结的建议");
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        var assigned = api.post("staff", "/api/v1/proposals/" + id + "/assign",
                "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}").andExpect(status().isOk());
        long caseId = ((Number) api.read(assigned, "$.caseId")).longValue();
        long committee = jdbc.sql("select committee_id from proposal where id = ?").param(id).query(Long.class).single();
        var subject = SubjectRef.of(SubjectType.PROPOSAL, id);

        transactions.executeWithoutResult(tx -> publisher.publishEvent(
                new HandlingEvents.CaseClosed(committee, subject, caseId, LocalDate.now())));
        assertThat(statusOf(id)).isEqualTo("CLOSED");
        assertThat(events.stream(ProposalEvents.Closed.class).filter(e -> e.proposalId() == id)).hasSize(1);

        transactions.executeWithoutResult(tx -> publisher.publishEvent(
                new HandlingEvents.CaseReopened(committee, subject, caseId, "补充评价", LocalDate.now())));
        assertThat(statusOf(id)).isEqualTo("HANDLING");
        assertThat(jdbc.sql("select closed_at is null from proposal where id = ?").param(id).query(Boolean.class).single()).isTrue();
    }
}
