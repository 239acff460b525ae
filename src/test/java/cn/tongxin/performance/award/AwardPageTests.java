package cn.tongxin.performance.award;

import static cn.tongxin.support.Logins.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** The campaign pages: each step the table offers is a button, a refused step comes back with its reason. */
@IntegrationTest
class AwardPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffRunACampaignFromItsPageAndMembersReadThePublishedResult() throws Exception {
        MockHttpSession staff = login(mvc, "staff");
        String location = mvc.perform(post("/awards").session(staff).with(csrf()).param("year", "2017").param("kind", "OPINION_ADVANCED"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/awards/" + id).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("开始提名"))).andExpect(content().string(containsString("提名候选")));
        mvc.perform(post("/awards/" + id + "/open").session(staff).with(csrf())).andExpect(redirectedUrl("/awards/" + id));
        long member = jdbc.sql("select member_id from user_account where username = 'member2'").query(Long.class).single();
        mvc.perform(post("/awards/" + id + "/nominations").session(staff).with(csrf()).param("memberId", String.valueOf(member))
                .param("reason", "信息质量高")).andExpect(flash().attribute("notice", "已提名"));
        mvc.perform(post("/awards/" + id + "/review").session(staff).with(csrf())).andExpect(flash().attribute("notice", "已进入评审"));
        mvc.perform(get("/awards/" + id).session(staff)).andExpect(content().string(containsString("决定获评名单")))
                .andExpect(content().string(containsString("信息质量高")));
        long candidate = jdbc.sql("select id from award_candidate where campaign_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/awards/" + id + "/decision").session(staff).with(csrf()).param("winnerIds", String.valueOf(candidate)))
                .andExpect(flash().attribute("notice", "已决定获评名单"));
        mvc.perform(post("/awards/" + id + "/publication").session(staff).with(csrf())).andExpect(redirectedUrl("/awards/" + id));
        mvc.perform(post("/awards/" + id + "/publication").session(staff).with(csrf()))
                .andExpect(flash().attribute("error", "该评选当前状态为“已公布”，不能公布结果"));

        MockHttpSession reader = login(mvc, "member");
        mvc.perform(get("/awards").session(reader)).andExpect(status().isOk()).andExpect(content().string(containsString("2017年度反映社情民意信息先进评选")));
        mvc.perform(get("/awards/" + id).session(reader)).andExpect(status().isOk()).andExpect(content().string(containsString("获评")))
                .andExpect(content().string(not(containsString("公布结果</button>"))));
        mvc.perform(post("/awards/" + id + "/cancel").session(reader).with(csrf())).andExpect(status().isForbidden());
    }
}
