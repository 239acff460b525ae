package cn.tongxin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
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
import cn.tongxin.support.Logins;

/** 热词 shown on the annual figures and the proposal statistics, per year and category, each word opening its records. */
@IntegrationTest
class HotWordsTests {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(Logins.login(mvc, user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theYearsHotWordsOfACategoryOpenTheSearchForThatYearAndCategory() throws Exception {
        HotWordsTestData.proposals(api, 4);
        Listeners.settled(jdbc, "search");
        List<String> words = api.read(api.get("staff", "/api/v1/search/hot-words?year=" + YEAR + "&category=生态文明建设")
                .andExpect(status().isOk()), "$.words[*].word");
        assertThat(words).containsAnyOf("无人机", "巡河");

        String panel = page("staff", "/search/hot-words/panel?year=" + YEAR + "&category=生态文明建设");
        assertThat(panel).contains("data-chart-links").contains("data-chart=").contains("class=\"hot-word\"")
                .contains("year=" + YEAR).contains("category=%E7%94%9F%E6%80%81").contains("kind=PROPOSAL")
                .doesNotContain("<html");
    }

    @Test
    void theAnnualFiguresAndTheProposalStatisticsLoadThePanel() throws Exception {
        assertThat(page("staff", "/reports/annual?year=" + YEAR)).contains("hx-get=\"/search/hot-words/panel?year=" + YEAR + "\"");
        assertThat(page("leader", "/proposals/statistics?year=" + YEAR)).contains("hx-get=\"/search/hot-words/panel?year=" + YEAR + "\"");
        page("leader", "/search/hot-words/panel?year=" + YEAR);
    }

    @Test
    void membersAndUnitsDoNotSeeHotWords() throws Exception {
        mvc.perform(get("/search/hot-words/panel").session(Logins.login(mvc, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/search/hot-words/panel").session(Logins.login(mvc, "unit"))).andExpect(status().isForbidden());
        api.get("member", "/api/v1/search/hot-words").andExpect(status().isForbidden());
    }
}
