package cn.tongxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** A year's micro-suggestion facts read back from the rows equal what the live flow published and left standing. */
@IntegrationTest
@RecordApplicationEvents
class SuggestionFactsTests {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SuggestionFacts facts;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long submit(String title) throws Exception {
        var r = api.post("member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\",\"place\":\"某路口\"}"
                .formatted(UUID.randomUUID(), title)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.suggestion.id")).longValue();
    }

    long committee(long id) {
        return jdbc.sql("select committee_id from micro_suggestion where id = ?").param(id).query(Long.class).single();
    }

    List<Object> published(long id) {
        return events.stream().map(e -> e instanceof PayloadApplicationEvent<?> p ? p.getPayload() : (Object) e)
                .filter(e -> e instanceof SuggestionEvents.Submitted s && s.suggestionId() == id
                        || e instanceof SuggestionEvents.Accepted a && a.suggestionId() == id
                        || e instanceof SuggestionEvents.Rejected r && r.suggestionId() == id).toList();
    }

    List<Object> replayed(long id) {
        return facts.replay(committee(id), YEAR).stream().filter(e -> e instanceof SuggestionEvents.Submitted s && s.suggestionId() == id
                || e instanceof SuggestionEvents.Accepted a && a.suggestionId() == id
                || e instanceof SuggestionEvents.Rejected r && r.suggestionId() == id).toList();
    }

    @Test
    void anAcceptedSuggestionIsReplayedAsSubmittedAndAccepted() throws Exception {
        long id = submit("重演受理");
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/suggestions/" + id + "/accept", "{\"unitId\":" + unit + "}").andExpect(status().isOk());
        List<Object> live = published(id);
        assertThat(live).hasExactlyElementsOfTypes(SuggestionEvents.Submitted.class, SuggestionEvents.Accepted.class);
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void aRejectedSuggestionIsReplayedWithItsReason() throws Exception {
        long id = submit("重演不予受理");
        api.post("staff", "/api/v1/suggestions/" + id + "/reject", "{\"reason\":\"不属于受理范围\"}").andExpect(status().isOk());
        List<Object> live = published(id);
        assertThat(live).hasExactlyElementsOfTypes(SuggestionEvents.Submitted.class, SuggestionEvents.Rejected.class);
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void aWithdrawnSuggestionLeavesNoFacts() throws Exception {
        long id = submit("撤回不计");
        api.post("member", "/api/v1/suggestions/" + id + "/withdraw", null).andExpect(status().isOk());
        assertThat(events.stream(SuggestionEvents.Withdrawn.class).filter(e -> e.suggestionId() == id)).singleElement()
                .satisfies(e -> assertThat(e.committeeId()).isEqualTo(committee(id)));
        assertThat(replayed(id)).isEmpty();
    }
}
