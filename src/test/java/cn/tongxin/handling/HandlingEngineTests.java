package cn.tongxin.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.calendar.WorkingDays;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** The engine with a subject (a micro-suggestion): its facts reach the subject, the subject follows the case. */
@IntegrationTest
@EnableScenarios
class HandlingEngineTests {

    static final String REPLY = "{\"text\":\"已办理\",\"category\":\"A\",\"signer\":\"签发人\",\"contactPerson\":\"联系人\",\"contactPhone\":\"0551-1234567\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandlingProfiles profiles;
    @Autowired
    CommitteeSettings settings;
    @Autowired
    WorkingDays workingDays;
    Api api;

    @BeforeEach
    void api() throws Exception {
        api = new Api(mvc);
        for (String user : new String[]{"member", "staff", "unit"}) {
            api.token(user);
        }
    }

    long cityCommittee() {
        return jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    long unit(String user) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long suggestion(String title) throws Exception {
        var r = api.post("member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\"}"
                .formatted(UUID.randomUUID(), title)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.suggestion.id")).longValue();
    }

    long accept(long suggestion) throws Exception {
        var a = api.post("staff", "/api/v1/suggestions/" + suggestion + "/accept", "{\"unitId\":" + unit("unit") + "}")
                .andExpect(status().isOk());
        return ((Number) api.read(a, "$.caseId")).longValue();
    }

    long assignmentOf(long caseId) {
        return jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
    }

    ResultActions call(ThrowingCall call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface ThrowingCall {
        ResultActions run() throws Exception;
    }

    @Test
    void theLastReplyHandsTheCaseBackToItsSubjectAsAnEvent(Scenario scenario) throws Exception {
        long id = suggestion("答复后通知微建议");
        long caseId = accept(id);
        long assignment = assignmentOf(caseId);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        scenario.stimulate(() -> call(() -> api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", REPLY)
                        .andExpect(status().isOk())))
                .andWaitForEventOfType(HandlingEvents.CaseReplied.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> {
                    assertThat(e.subject()).isEqualTo(SubjectRef.of(SubjectType.MICRO_SUGGESTION, id));
                    assertThat(e.round()).isEqualTo(1);
                    assertThat(e.repliedOn()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
                });
        assertThat(jdbc.sql("select status from handling_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("REPLIED");
    }

    @Test
    void staffCloseTheCaseAndTheSubjectFollowsInTheSameTransaction(Scenario scenario) throws Exception {
        long id = suggestion("办结后微建议随之办结");
        long caseId = accept(id);
        long assignment = assignmentOf(caseId);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", REPLY).andExpect(status().isOk());
        api.post("member", "/api/v1/handling/cases/" + caseId + "/ratings", "{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}")
                .andExpect(status().isOk());
        scenario.stimulate(() -> call(() -> api.post("staff", "/api/v1/suggestions/" + id + "/close", null).andExpect(status().isOk())))
                .andWaitForEventOfType(HandlingEvents.CaseClosed.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> assertThat(e.subject()).isEqualTo(SubjectRef.of(SubjectType.MICRO_SUGGESTION, id)));
        assertThat(jdbc.sql("select status from micro_suggestion where id = ?").param(id).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("select status from handling_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CLOSED");
    }

    @Test
    void aRefusedStepIsAConflictWithTheRuleInWordsAndChangesNothing() throws Exception {
        long id = suggestion("重复答复");
        long caseId = accept(id);
        long assignment = assignmentOf(caseId);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", REPLY)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("请先签收"));
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该事项已签收"));
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", REPLY).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", REPLY)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("本轮已答复，不能重复答复"));
        api.post("staff", "/api/v1/handling/assignments/" + assignment + "/urge", "{\"text\":\"快\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该交办已结束，无需催办"));
        assertThat(jdbc.sql("select count(*) from handling_reply where assignment_id = ?").param(assignment).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void proposalsGetMonthsAndMicroSuggestionsWorkingDaysFromTheCommitteesSettings() {
        long c = cityCommittee();
        LocalDate today = LocalDate.of(2026, 4, 30);
        var proposal = profiles.deadlines(c, profiles.profile(c, SubjectType.PROPOSAL), HandlingMode.LEAD_WITH_CO, today);
        assertThat(proposal).isEqualTo(new HandlingProfiles.Deadlines(
                today.plusMonths(settings.value(c, SettingKey.REPLY_DEADLINE_MONTHS)),
                today.plusMonths(settings.value(c, SettingKey.EXTENSION_TOTAL_MAX_MONTHS)),
                today.plusMonths(settings.value(c, SettingKey.CO_HANDLER_OPINION_MONTHS)),
                today.plusDays(settings.value(c, SettingKey.OBJECTION_WINDOW_DAYS))));
        var sole = profiles.deadlines(c, profiles.profile(c, SubjectType.ACTIVITY_OUTPUT), HandlingMode.SOLE, today);
        assertThat(sole.coOpinionDue()).isNull();
        int days = settings.value(c, SettingKey.MICRO_SUGGESTION_REPLY_WORKING_DAYS);
        var micro = profiles.profile(c, SubjectType.MICRO_SUGGESTION);
        assertThat(micro.modes()).containsExactly(HandlingMode.SOLE);
        assertThat(profiles.deadlines(c, micro, HandlingMode.SOLE, today)).isEqualTo(new HandlingProfiles.Deadlines(
                workingDays.add(c, today, days), workingDays.add(c, today, days * 2), null,
                today.plusDays(settings.value(c, SettingKey.OBJECTION_WINDOW_DAYS))));
    }

    @Test
    void aMicroSuggestionIsHandedToOneUnitOnly() throws Exception {
        long c = cityCommittee();
        assertThat(profiles.profile(c, SubjectType.MICRO_SUGGESTION).allows(HandlingMode.SPLIT)).isFalse();
        assertThat(profiles.profile(c, SubjectType.PROPOSAL).allows(HandlingMode.SPLIT)).isTrue();
    }

    @Autowired
    cn.tongxin.handling.internal.HandlingCases cases;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void loadingACaseForAStepHoldsItsRowLockUntilTheStepCommits() throws Exception {
        long id = suggestion("行锁");
        long caseId = accept(id);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            assertThat(cases.findByIdAndCommitteeId(caseId, cityCommittee())).isPresent();
            var other = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s ->
                            jdbc.sql("select id from handling_case where id = ? for update nowait").param(caseId).query(Long.class).single());
                } catch (RuntimeException e) {
                    return -1L;
                }
            }).join();
            assertThat(other).as("another transaction cannot take the row while the step holds it").isEqualTo(-1L);
        });
    }
}
