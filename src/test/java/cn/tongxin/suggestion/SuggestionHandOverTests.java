package cn.tongxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Conversion goes by event: the proposal or opinion module creates the draft or report and links it back. */
@IntegrationTest
@EnableScenarios
class SuggestionHandOverTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() throws Exception {
        api = new Api(mvc);
        api.token("member");
        api.token("staff");
    }

    long submit(String title) throws Exception {
        var r = api.post("member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\"}"
                .formatted(UUID.randomUUID(), title)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.suggestion.id")).longValue();
    }

    @Test
    void aConversionIntoAProposalIsAnsweredByTheDraftItCreated(Scenario scenario) throws Exception {
        long id = submit("经事件转为提案");
        scenario.stimulate(() -> {
                    try {
                        api.post("staff", "/api/v1/suggestions/" + id + "/convert", "{\"to\":\"PROPOSAL\"}").andExpect(status().isOk());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForEventOfType(SuggestionEvents.ConversionCreated.class)
                .matching(e -> e.suggestionId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.created().type()).isEqualTo(SubjectType.PROPOSAL);
                    var linked = jdbc.sql("select converted_to, converted_id from micro_suggestion where id = ?").param(id)
                            .query((rs, n) -> SubjectRef.of("PROPOSAL".equals(rs.getString(1)) ? SubjectType.PROPOSAL
                                    : SubjectType.OPINION_REPORT, rs.getLong(2))).single();
                    assertThat(linked).isEqualTo(e.created());
                    assertThat(jdbc.sql("select request_key from proposal where id = ?").param(e.created().id())
                            .query(String.class).single()).isEqualTo("suggestion-" + id);
                });
    }

    @Test
    void aConversionIntoAnOpinionReportIsLinkedOnTheSuggestionsPage() throws Exception {
        long id = submit("经事件转为信息");
        var o = api.post("staff", "/api/v1/suggestions/" + id + "/convert", "{\"to\":\"OPINION\"}").andExpect(status().isOk());
        long report = ((Number) api.read(o, "$.id")).longValue();
        api.get("member", "/api/v1/suggestions/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestion.status").value("CONVERTED"))
                .andExpect(jsonPath("$.suggestion.convertedTo").value("OPINION"))
                .andExpect(jsonPath("$.suggestion.convertedId").value(report));
        api.post("staff", "/api/v1/suggestions/" + id + "/convert", "{\"to\":\"OPINION\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该微建议当前状态为“已转办”，不能转办"));
    }

    @Test
    void theMemberWithdrawsThroughTheApiAsOnThePage() throws Exception {
        long id = submit("撤回的微建议");
        api.post("member2", "/api/v1/suggestions/" + id + "/withdraw", null).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/suggestions/" + id + "/withdraw", null).andExpect(status().isForbidden());
        api.post("member", "/api/v1/suggestions/" + id + "/withdraw", null).andExpect(status().isOk());
        api.get("member", "/api/v1/suggestions/" + id).andExpect(jsonPath("$.suggestion.status").value("WITHDRAWN"));
        api.post("member", "/api/v1/suggestions/" + id + "/withdraw", null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该微建议当前状态为“已撤回”，不能撤回"));
    }
}
