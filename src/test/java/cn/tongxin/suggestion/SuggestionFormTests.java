package cn.tongxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** The member's own words survive the form: the page's title never takes the place of the suggestion's. */
@IntegrationTest
class SuggestionFormTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theNewFormStartsWithAnEmptyTitle() throws Exception {
        MockHttpSession member = Logins.login(mvc, "member");
        String form = mvc.perform(get("/suggestions/new").session(member)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<input id=\"title\" name=\"title\"").doesNotContain("value=\"提微建议\"");
    }

    @Test
    void aRefusedFormKeepsTheMembersOwnTitle() throws Exception {
        MockHttpSession member = Logins.login(mvc, "member");
        String form = mvc.perform(multipart("/suggestions").session(member).with(csrf())
                        .param("requestKey", UUID.randomUUID().toString()).param("title", "幸福路路灯不亮").param("body", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"幸福路路灯不亮\"").doesNotContain("value=\"提微建议\"");
    }
}
