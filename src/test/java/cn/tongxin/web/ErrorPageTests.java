package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** Errors on pages are a Chinese error page that reveals no internals. */
@IntegrationTest
class ErrorPageTests {

    @Autowired
    MockMvc mvc;

    private String page(ResultActions result) throws Exception {
        result.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        String body = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception", "at cn.tongxin", "Whitelabel", "Not Found");
        return body;
    }

    @Test
    void aRecordThatIsNotThereIsA404PageInChinese() throws Exception {
        String body = page(mvc.perform(get("/members/999999999").session(Logins.login(mvc, "dc_staff")))
                .andExpect(status().isNotFound()));
        assertThat(body).contains("未找到 · 同心政协履职平台", "未找到委员，或您无权查看", "返回首页");
    }

    @Test
    void anIdThatIsNotANumberIsA404PageNotA500() throws Exception {
        String body = page(mvc.perform(get("/members/abc").session(Logins.login(mvc, "dc_staff")))
                .andExpect(status().isNotFound()));
        assertThat(body).contains("请求的页面不存在");
    }
}
