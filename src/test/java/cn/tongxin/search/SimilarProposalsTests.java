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

/** 近年来相似提案及办理情况 while drafting, and 并案 candidates at review. */
@IntegrationTest
class SimilarProposalsTests {

    static final String TITLE = "关于完善社区老年助餐服务的建议";
    static final String TEXT = "社区老年助餐点数量少、价格偏高、口味单一，独居和高龄老人吃饭难。建议按照十五分钟生活圈布局老年助餐点，"
            + "给予老年助餐运营补贴，引入餐饮企业参与老年助餐服务，探索助餐送餐上门。";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long submitted(String user, String title, String body) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"%s","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title, body))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    List<Integer> similar(String user, String title, String text) throws Exception {
        Listeners.settled(jdbc, "search");
        var r = api.post(user, "/api/v1/search/similar-proposals", """
                {"title":"%s","text":"%s"}""".formatted(title, text)).andExpect(status().isOk());
        return api.read(r, "$[*].id");
    }

    @Test
    void aDraftLikeAFiledProposalIsShownItAndAnUnrelatedOneNothing() throws Exception {
        long filed = submitted("member", TITLE, TEXT);
        api.post("staff", "/api/v1/proposals/" + filed + "/file", "{}").andExpect(status().isOk());

        assertThat(similar("member2", "关于解决高龄独居老人就餐难的提案",
                "高龄、独居老人吃饭难问题突出，现有老年助餐点覆盖不足。建议扩大老年助餐点布局，对老年助餐运营主体给予补贴，探索送餐上门服务。"))
                .contains((int) filed);
        assertThat(similar("member2", "关于加强古树名木保护的建议", "城市建设中古树名木受损，建议开展古树名木普查建档，落实养护责任。"))
                .doesNotContain((int) filed);
    }

    @Test
    void aMemberIsNotShownWhatTheyMayNotOpenNorAWithdrawnProposal() throws Exception {
        long notFiled = submitted("member", TITLE, TEXT);
        assertThat(similar("member2", TITLE, TEXT)).doesNotContain((int) notFiled);
        assertThat(similar("staff", TITLE, TEXT)).contains((int) notFiled);
        api.post("member", "/api/v1/proposals/" + notFiled + "/withdraw", null).andExpect(status().isOk());
        assertThat(similar("staff", TITLE, TEXT)).doesNotContain((int) notFiled);
    }

    @Test
    void staffReviewingAProposalSeeMergeCandidatesOfItsYear() throws Exception {
        long first = submitted("member", TITLE, TEXT);
        long second = submitted("member2", "关于推进老年助餐服务的提案", TEXT.replace("建议", "提议"));
        Listeners.settled(jdbc, "search");
        List<Integer> candidates = api.read(api.get("staff", "/api/v1/search/merge-candidates/" + second).andExpect(status().isOk()), "$[*].id");
        assertThat(candidates).contains((int) first).doesNotContain((int) second);
        api.get("member", "/api/v1/search/merge-candidates/" + second).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/search/merge-candidates/" + second).andExpect(status().isNotFound());
    }

    /** 并案 candidates span the term (届), not the year: an earlier session of the same term counts, another term's not. */
    @Test
    void mergeCandidatesComeFromTheSessionsOfTheProposalsTerm() throws Exception {
        String title = "关于规范社区团购冷链配送的建议";
        String text = "社区团购冷链配送不规范，生鲜食品在自提点长时间常温存放，存在食品安全隐患。建议制定社区团购冷链配送标准，"
                + "加强自提点冷藏设施建设，落实平台食品安全责任。";
        long earlier = submitted("member", title, text);
        long otherTerm = submitted("member2", title, text.replace("建议", "提议"));
        long reviewed = submitted("member", "关于加强社区团购食品安全监管的提案", text.replace("建议", "希望"));
        long committee = jdbc.sql("select committee_id from proposal where id = ?").param(reviewed).query(Long.class).single();
        long term = jdbc.sql("select s.term_id from proposal p join plenary_session s on s.id = p.session_id where p.id = ?")
                .param(reviewed).query(Long.class).single();
        long firstSession = jdbc.sql("select id from plenary_session where term_id = ? order by number limit 1").param(term)
                .query(Long.class).single();
        long previousTerm = jdbc.sql("select id from term where committee_id = ? and id <> ? order by number desc limit 1")
                .params(committee, term).query(Long.class).single();
        jdbc.sql("""
                insert into plenary_session (committee_id, term_id, number, name, opening_date, closing_date, submission_deadline)
                values (?, ?, 1, '测试届一次会议', date '2018-01-08', date '2018-01-12', date '2018-01-10') on conflict do nothing""")
                .params(committee, previousTerm).update();
        long oldSession = jdbc.sql("select id from plenary_session where term_id = ? order by number limit 1").param(previousTerm)
                .query(Long.class).single();
        Listeners.settled(jdbc, "search");
        int firstYear = jdbc.sql("select extract(year from opening_date)::int from plenary_session where id = ?").param(firstSession)
                .query(Integer.class).single();
        jdbc.sql("update proposal set session_id = ? where id = ?").params(firstSession, earlier).update();
        jdbc.sql("update search_document set year = ? where subject_type = ? and subject_id = ?")
                .params(firstYear, cn.tongxin.shared.SubjectType.PROPOSAL.name(), earlier).update();
        jdbc.sql("update proposal set session_id = ? where id = ?").params(oldSession, otherTerm).update();
        jdbc.sql("update search_document set year = 2018 where subject_type = ? and subject_id = ?")
                .params(cn.tongxin.shared.SubjectType.PROPOSAL.name(), otherTerm).update();

        List<Integer> candidates = api.read(api.get("staff", "/api/v1/search/merge-candidates/" + reviewed).andExpect(status().isOk()), "$[*].id");

        assertThat(candidates).contains((int) earlier).doesNotContain((int) otherTerm, (int) reviewed);
    }
}
