package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** Every API error is an RFC 9457 problem detail with a Chinese title and detail, and never a stack trace. */
@IntegrationTest
class ApiProblemTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + Logins.apiToken(mvc, "dc_staff")));
    }

    /** The answer is a problem detail with that status and title, and reveals no internals. */
    private ResultActions problem(ResultActions result, int status, String title) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title));
        String body = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception", "at cn.tongxin", "at org.springframework", "trace");
        return result;
    }

    @Test
    void aParameterOfTheWrongTypeIs400NamingTheParameter() throws Exception {
        problem(call(get("/api/v1/members").param("page", "abc")), 400, "请求有误")
                .andExpect(jsonPath("$.detail").value("请求内容格式不正确，请检查参数“page”"))
                .andExpect(jsonPath("$.parameter").value("page"));
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        problem(call(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON).content("{not json")), 400, "请求有误")
                .andExpect(jsonPath("$.detail").value("请求内容格式不正确，请检查参数"));
    }

    @Test
    void anUnknownRecordIs404InChinese() throws Exception {
        problem(call(get("/api/v1/members/999999999")), 404, "未找到")
                .andExpect(jsonPath("$.detail").value("未找到委员，或您无权查看"));
    }

    @Test
    void anUnknownApiPathIs404ProblemNotTheDefaultEnglishError() throws Exception {
        problem(call(get("/api/v1/no-such-thing")), 404, "未找到")
                .andExpect(jsonPath("$.detail").value("请求的地址不存在"))
                .andExpect(jsonPath("$.error").doesNotExist());
    }

    @Test
    void aMethodTheApiDoesNotOfferIs405() throws Exception {
        problem(call(delete("/api/v1/members")), 405, "不支持的请求")
                .andExpect(jsonPath("$.detail").value("不支持该请求方法"));
    }

    @Test
    void askingForXmlIs406AnsweredAsProblemJson() throws Exception {
        problem(call(get("/api/v1/members").accept(MediaType.APPLICATION_XML)), 406, "无法提供该格式")
                .andExpect(jsonPath("$.detail").value("无法以所要求的格式返回，请接受 application/json"));
    }

    @Test
    void postingPlainTextToAJsonEndpointIs415AndChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        problem(call(post("/api/v1/members").contentType(MediaType.TEXT_PLAIN).content("姓名=张三")), 415, "不支持的内容类型")
                .andExpect(jsonPath("$.detail").value("不支持该请求内容类型，请以 application/json 提交"));
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anInvalidFormIs422WithTheFieldsInChinese() throws Exception {
        problem(call(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON).content("{}")), 422, "内容有误")
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("姓名不能为空"));
    }

    @Test
    void withoutATokenTheApiAnswers401Problem() throws Exception {
        problem(mvc.perform(get("/api/v1/members")), 401, "未认证");
    }
}
