package cn.tongxin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/** The index kept from events is the one a rebuild writes: documents and word counts alike. */
@IntegrationTest
class IndexRebuildTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RebuildIndex rebuild;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    List<String> documents() {
        return jdbc.sql("""
                select concat_ws('|', subject_type, subject_id, committee_id, year, category, status, units::text, reference,
                       reply_categories, title, md5(body), md5(terms), md5(words::text), md5(grams::text), office_visible,
                       members_visible, member_ids::text, unit_ids::text, account_ids::text, happened_on)
                  from search_document order by subject_type, subject_id""").query(String.class).list();
    }

    List<String> wordCounts() {
        return jdbc.sql("""
                select concat_ws('|', committee_id, subject_type, year, category, word, documents) from search_word_count
                 order by committee_id, subject_type, word, year, category""").query(String.class).list();
    }

    @Test
    void aRebuildWritesTheIndexTheEventsKept() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"关于建设社区长者食堂的建议","body":"长者食堂不足。","category":"SOCIETY"}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        Listeners.settled(jdbc, "search");
        List<String> documents = documents();
        List<String> counts = wordCounts();
        assertThat(documents).isNotEmpty();

        RebuildIndex.Result result = rebuild.committee(null);

        assertThat(result.documents()).isEqualTo(documents.size());
        assertThat(documents()).containsExactlyElementsOf(documents);
        assertThat(wordCounts()).containsExactlyElementsOf(counts);
    }

    /** The changes that once reached the index by no event: co-signer invitations, returned replies, reassignments, re-edits. */
    @Test
    void aRebuildWritesWhatTheNewEventsKept() throws Exception {
        long member2 = jdbc.sql("select member_id from user_account where username = 'member2'").query(Long.class).single();
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        long unit2 = jdbc.sql("select unit_id from user_account where username = 'unit2'").query(Long.class).single();
        var draft = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"关于设置候鸟观测站的建议","body":"候鸟迁徙。","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
        long draftId = ((Number) api.read(draft, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + draftId + "/invitations", "{\"memberIds\":[" + member2 + "]}").andExpect(status().isOk());
        long[] cases = new long[2];
        for (int i = 0; i < 2; i++) {
            var created = api.post("member", "/api/v1/proposals", """
                    {"requestKey":"%s","title":"关于疏浚城区暗渠的建议","body":"暗渠淤塞。","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
            long id = ((Number) api.read(created, "$.proposal.id")).longValue();
            api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
            api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
            var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                    .andExpect(status().isOk());
            cases[i] = ((Number) api.read(a, "$.caseId")).longValue();
            long assignment = jdbc.sql("select id from handling_assignment where case_id = ?").param(cases[i]).query(Long.class).single();
            api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
            if (i == 0) {
                api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", """
                        {"text":"已完成暗渠清淤。","category":"A","signer":"王局长","contactPerson":"李科长","contactPhone":"0551-62345678"}""")
                        .andExpect(status().isOk());
                long reply = jdbc.sql("select id from handling_reply where case_id = ?").param(cases[i]).query(Long.class).single();
                api.post("staff", "/api/v1/handling/replies/" + reply + "/return", "{\"reason\":\"请补充清淤长度\"}").andExpect(status().isOk());
            } else {
                api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reassignment", "{\"reason\":\"不属于本单位职责\"}")
                        .andExpect(status().isOk());
                long request = jdbc.sql("select id from handling_request where assignment_id = ?").param(assignment).query(Long.class).single();
                api.post("staff", "/api/v1/handling/requests/" + request + "/decision",
                        "{\"kind\":\"REASSIGNMENT\",\"approve\":true,\"replacementUnitId\":" + unit2 + "}").andExpect(status().isOk());
            }
        }
        var r = api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"关于公园增设饮水点的情况反映","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
        long report = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        long item = ((Number) api.read(api.post("staff", "/api/v1/opinion-items",
                "{\"reportIds\":[" + report + "],\"title\":\"饮水点\",\"text\":\"初稿\"}"), "$.itemId")).longValue();
        api.post("staff", "/api/v1/opinion-items/" + item + "/revise", "{\"title\":\"饮水点\",\"body\":\"建议增设直饮水。\",\"version\":"
                + jdbc.sql("select version from opinion_item where id = ?").param(item).query(Integer.class).single() + "}").andExpect(status().isOk());
        Listeners.settled(jdbc, "search");
        List<String> documents = documents();
        List<String> counts = wordCounts();

        rebuild.committee(null);

        assertThat(documents()).containsExactlyElementsOf(documents);
        assertThat(wordCounts()).containsExactlyElementsOf(counts);
    }

    @Test
    void onlyAnAdministratorRebuildsAndOnlyTheirCommittee() throws Exception {
        api.post("staff", "/api/v1/search/rebuild", null).andExpect(status().isForbidden());
        api.post("member", "/api/v1/search/rebuild", null).andExpect(status().isForbidden());
        api.post("admin", "/api/v1/search/rebuild", null).andExpect(status().isOk()).andExpect(jsonPath("$.documents").isNumber());
    }
}
