package cn.tongxin.memoir;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 文史资料: a call, accounts submitted by members and entered for citizens, editing and selection, a collection as .docx. */
@IntegrationTest
class MemoirsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long openCall(String theme) throws Exception {
        return ((Number) api.read(api.post("staff", "/api/v1/memoirs/calls", """
                {"theme":"%s","description":"征集亲历、亲见、亲闻的史料"}""".formatted(theme)).andExpect(status().isCreated()), "$.id")).longValue();
    }

    private long submit(String user, long call, String body) throws Exception {
        return ((Number) api.read(api.post(user, "/api/v1/memoirs/calls/" + call + "/memoirs", body).andExpect(status().isCreated()), "$.id"))
                .longValue();
    }

    @Test
    void accountsAreSubmittedEditedSelectedAndPrintedInACollection() throws Exception {
        long call = openCall("知青岁月" + UUID.randomUUID().toString().substring(0, 4));
        String key = UUID.randomUUID().toString();
        String body = """
                {"requestKey":"%s","title":"在北大荒的日子","period":"1969—1976年","text":"那年冬天，我们坐了三天三夜的火车。\\n到了连队，第一件事是挖地窨子。"}""".formatted(key);
        long mine = submit("member", call, body);
        assertThat(submit("member", call, body)).as("a double submit is one account").isEqualTo(mine);
        long citizen = submit("staff", call, """
                {"requestKey":"%s","title":"修水库","authorName":"李大爷","text":"一九七五年修水库，全公社的人都上了工地。"}""".formatted(UUID.randomUUID()));
        api.put("staff", "/api/v1/memoirs/" + mine, """
                {"title":"北大荒的日子","editedText":"那年冬天，我们坐了三天三夜的火车。（编者按：文字略有删节）"}""").andExpect(status().isOk());
        api.get("member", "/api/v1/memoirs/" + mine).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(containsString("挖地窨子")))
                .andExpect(jsonPath("$.editedText").value(containsString("编者按")));
        api.post("staff", "/api/v1/memoirs/" + mine + "/select", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/memoirs/" + citizen + "/select", null).andExpect(status().isOk());
        long collection = ((Number) api.read(api.post("staff", "/api/v1/memoirs/collections", """
                {"title":"知青岁月（第一辑）","foreword":"本辑收入亲历者的回忆。","memoirIds":[%d,%d]}""".formatted(citizen, mine))
                .andExpect(status().isCreated()), "$.id")).longValue();
        byte[] docx = api.get("leader", "/api/v1/memoirs/collections/" + collection + "/docx").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("知青岁月（第一辑）", "本辑收入亲历者的回忆。", "目　录", "修水库", "李大爷", "编者按", "1969—1976年");
            assertThat(all).doesNotContain("挖地窨子"); // the edited text is printed, not the author's
            assertThat(all.indexOf("修水库")).isLessThan(all.indexOf("北大荒的日子"));
        }
        api.post("staff", "/api/v1/memoirs/" + mine + "/reconsider", null).andExpect(status().isConflict())
                .andExpect(content().string(containsString("已编入专辑")));
    }

    @Test
    void membersSeeTheirOwnAccountsOnlyAndOtherCommitteesNothing() throws Exception {
        long call = openCall("老街记忆" + UUID.randomUUID().toString().substring(0, 4));
        long mine = submit("member", call, """
                {"requestKey":"%s","title":"老街的铁匠铺","text":"铁匠铺的炉火从早烧到晚。"}""".formatted(UUID.randomUUID()));
        api.get("member2", "/api/v1/memoirs/" + mine).andExpect(status().isNotFound());
        api.get("member2", "/api/v1/memoirs/calls/" + call).andExpect(status().isOk()).andExpect(jsonPath("$.memoirs.length()").value(0));
        api.get("leader", "/api/v1/memoirs/calls/" + call).andExpect(status().isOk()).andExpect(jsonPath("$.memoirs.length()").value(1));
        api.get("dc_staff", "/api/v1/memoirs/calls/" + call).andExpect(status().isNotFound());
        api.post("dc_member", "/api/v1/memoirs/calls/" + call + "/memoirs", """
                {"requestKey":"%s","title":"外会","text":"正文"}""".formatted(UUID.randomUUID())).andExpect(status().isNotFound());
        api.get("unit", "/api/v1/memoirs/calls").andExpect(status().isForbidden());
        api.post("member2", "/api/v1/memoirs/" + mine + "/withdraw", null).andExpect(status().isNotFound());
        api.post("member", "/api/v1/memoirs/" + mine + "/select", null).andExpect(status().isForbidden());
        api.post("staff", "/api/v1/memoirs/collections", """
                {"title":"未入选的稿件","memoirIds":[%d]}""".formatted(mine)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只能编入本会已入选的稿件")));
        api.post("member", "/api/v1/memoirs/" + mine + "/withdraw", null).andExpect(status().isOk());
        api.post("member", "/api/v1/memoirs/" + mine + "/withdraw", null).andExpect(status().isConflict());
    }

    @Test
    void aClosedCallTakesNothingAndBadInputIsNamed() throws Exception {
        long call = openCall("三线建设" + UUID.randomUUID().toString().substring(0, 4));
        api.post("member", "/api/v1/memoirs/calls/" + call + "/memoirs", """
                {"requestKey":"%s","title":"","text":""}""".formatted(UUID.randomUUID())).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写标题")))
                .andExpect(content().string(containsString("请填写正文")));
        api.post("staff", "/api/v1/memoirs/calls/" + call + "/close", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/memoirs/calls/" + call + "/close", null).andExpect(status().isConflict());
        api.post("member", "/api/v1/memoirs/calls/" + call + "/memoirs", """
                {"requestKey":"%s","title":"迟到的稿件","text":"正文"}""".formatted(UUID.randomUUID())).andExpect(status().isConflict())
                .andExpect(content().string(containsString("不在征集期内")));
        assertThat(jdbc.sql("select count(*) from memoir where call_id = ?").param(call).query(Long.class).single()).isZero();
        api.post("staff", "/api/v1/memoirs/calls", "{\"theme\":\"\",\"opensOn\":\"2026-05-01\",\"closesOn\":\"2026-04-01\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("截止日期须不早于开始日期")));
    }

    @Test
    void theSubmitFormKeepsTheTypedTextWhenRefused() throws Exception {
        long call = openCall("渡口往事" + UUID.randomUUID().toString().substring(0, 4));
        var session = login(mvc, "member");
        mvc.perform(post("/memoirs/calls/" + call + "/memoirs").param("requestKey", UUID.randomUUID().toString()).param("title", "")
                        .param("text", "渡船上的老艄公姓王。").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("渡船上的老艄公姓王。")))
                .andExpect(content().string(containsString("请填写标题")));
        mvc.perform(get("/memoirs").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("渡口往事")));
        mvc.perform(get("/memoirs/collections").session(session)).andExpect(status().isForbidden());
    }
}
