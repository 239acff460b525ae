package cn.tongxin.search;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Search finds only what the reader may open, filtered in the query: per role, per unit, per committee, drafts. */
@IntegrationTest
class SearchPermissionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long draft(String user, String title) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文：%s","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title, title))
                .andExpect(status().isCreated());
        return ((Number) api.read(created, "$.proposal.id")).longValue();
    }

    boolean finds(String user, String q, long id) throws Exception {
        Listeners.settled(jdbc, "search");
        List<Integer> ids = api.read(api.get(user, "/api/v1/search?q=" + q).andExpect(status().isOk()), "$.items[*].id");
        return ids.contains((int) id);
    }

    @Test
    void aDraftIsFoundByItsAuthorOnly() throws Exception {
        long id = draft("member", "关于保护候鸟迁徙通道的建议");
        assertThat(finds("member", "候鸟迁徙", id)).isTrue();
        assertThat(finds("member2", "候鸟迁徙", id)).isFalse();
        assertThat(finds("staff", "候鸟迁徙", id)).isFalse();
        assertThat(finds("leader", "候鸟迁徙", id)).isFalse();
    }

    @Test
    void aSubmittedProposalIsTheOfficesAndItsProposersUntilFiledThenMembersAndItsUnit() throws Exception {
        long id = draft("member", "关于推广稻虾共作的建议");
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        assertThat(finds("staff", "稻虾共作", id)).isTrue();
        assertThat(finds("leader", "稻虾共作", id)).isTrue();
        assertThat(finds("member", "稻虾共作", id)).isTrue();
        assertThat(finds("member2", "稻虾共作", id)).as("not yet filed").isFalse();
        assertThat(finds("unit", "稻虾共作", id)).isFalse();
        assertThat(finds("dc_staff", "稻虾共作", id)).as("another committee").isFalse();

        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        assertThat(finds("member2", "稻虾共作", id)).as("filed and public").isTrue();
        assertThat(finds("unit", "稻虾共作", id)).as("assigned to it").isTrue();
        assertThat(finds("unit2", "稻虾共作", id)).isFalse();
        assertThat(finds("dc_staff", "稻虾共作", id)).isFalse();
        assertThat(finds("dc_member", "稻虾共作", id)).isFalse();
    }

    @Test
    void anOpinionReportIsTheOfficesAndItsSubmittersOnly() throws Exception {
        var r = api.post("correspondent", "/api/v1/opinions", """
                {"requestKey":"%s","title":"关于电动自行车头盔佩戴的情况反映","body":"头盔佩戴率低。","category":"SOCIETY"}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.report.id")).longValue();
        assertThat(finds("correspondent", "头盔佩戴", id)).isTrue();
        assertThat(finds("staff", "头盔佩戴", id)).isTrue();
        assertThat(finds("member", "头盔佩戴", id)).isFalse();
        assertThat(finds("unit", "头盔佩戴", id)).isFalse();
        assertThat(finds("xs_staff", "头盔佩戴", id)).isFalse();
    }

    @Test
    void aMicroSuggestionIsTheOfficesItsMembersAndItsUnits() throws Exception {
        var r = api.post("member2", "/api/v1/suggestions", """
                {"requestKey":"%s","title":"路口红绿灯配时不合理","body":"早高峰左转绿灯太短。","place":"人民路口"}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.suggestion.id")).longValue();
        assertThat(finds("member2", "绿灯配时", id)).isTrue();
        assertThat(finds("staff", "绿灯配时", id)).isTrue();
        assertThat(finds("member", "绿灯配时", id)).isFalse();
        assertThat(finds("unit", "绿灯配时", id)).isFalse();
        assertThat(finds("dc_staff", "绿灯配时", id)).isFalse();
    }
}
