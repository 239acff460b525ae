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

    @Test
    void onlyAnAdministratorRebuildsAndOnlyTheirCommittee() throws Exception {
        api.post("staff", "/api/v1/search/rebuild", null).andExpect(status().isForbidden());
        api.post("member", "/api/v1/search/rebuild", null).andExpect(status().isForbidden());
        api.post("admin", "/api/v1/search/rebuild", null).andExpect(status().isOk()).andExpect(jsonPath("$.documents").isNumber());
    }
}
