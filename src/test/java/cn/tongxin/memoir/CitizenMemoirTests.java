package cn.tongxin.memoir;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.participation.Captchas;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 文史资料 from citizens on the portal: the public gate, the tracking code, review beside members' accounts, permissions. */
@IntegrationTest
class CitizenMemoirTests {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long portalCall(String staff, String theme) throws Exception {
        long id = ((Number) api.read(api.post(staff, "/api/v1/memoirs/calls", """
                {"theme":"%s","description":"面向社会征集"}""".formatted(theme)).andExpect(status().isCreated()), "$.id")).longValue();
        api.post(staff, "/api/v1/memoirs/calls/" + id + "/portal", "{\"shown\":true}").andExpect(status().isOk());
        return id;
    }

    private static String phone() {
        return "137" + String.format("%08d", (long) (Math.random() * 99_999_999));
    }

    private static String address() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions send(String portal, long call, String title, String text, String phone, String address, String answer)
            throws Exception {
        var challenge = captchas.issue();
        return mvc.perform(multipart("/public/" + portal + "/memoirs/" + call)
                .file(new MockMultipartFile("files", "老照片.png", "image/png", PNG))
                .param("name", "王秀英").param("phone", phone).param("title", title).param("text", text)
                .param("captchaId", challenge.id()).param("captcha", answer == null ? challenge.answer() : answer).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }));
    }

    private long stored(long call) {
        return jdbc.sql("select count(*) from memoir where call_id = ?").param(call).query(Long.class).single();
    }

    @Test
    void aCitizenSendsAnAccountWithAScanAndFollowsItByTrackingCodeWhileTheOfficeReviewsIt() throws Exception {
        long call = portalCall("staff", "老城门记忆" + UUID.randomUUID().toString().substring(0, 4));
        mvc.perform(get("/public/shili/memoirs")).andExpect(status().isOk()).andExpect(content().string(containsString("老城门记忆")));
        mvc.perform(get("/public/shili/memoirs/" + call)).andExpect(status().isOk()).andExpect(content().string(containsString("我要投稿")));
        String phone = phone();
        String location = send("shili", call, "拆城门那一年", "一九五八年拆城门，我还在上小学。\n砖头都被搬去修了学校。", phone, address(), null)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/public/shili/memoirs/track/").endsWith("?new");
        String code = location.substring("/public/shili/memoirs/track/".length(), location.indexOf('?'));
        mvc.perform(get(location.replace("?new", "?new=1")).with(r -> { // MockMvc reads a bare ?new as a null value
                    r.setRemoteAddr(address());
                    return r;
                })).andExpect(status().isOk())
                .andExpect(content().string(containsString("已收到，正在审阅")))
                .andExpect(content().string(containsString("拆城门那一年")))
                .andExpect(content().string(containsString("1 个")))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString("王秀英"))));

        long id = jdbc.sql("select id from memoir where call_id = ?").param(call).query(Long.class).single();
        assertThat(jdbc.sql("select phone from memoir where id = ?").param(id).query(String.class).single()).doesNotContain(phone);
        api.get("staff", "/api/v1/memoirs/calls/" + call).andExpect(status().isOk())
                .andExpect(jsonPath("$.memoirs[0].source").value("PORTAL"));
        var page = api.get("staff", "/api/v1/memoirs/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(phone)).andExpect(jsonPath("$.authorName").value("王秀英"))
                .andExpect(jsonPath("$.files.length()").value(1));
        long file = ((Number) api.read(page, "$.files[0].id")).longValue();
        api.get("staff", "/api/v1/memoirs/" + id + "/files/" + file).andExpect(status().isOk());
        api.get("member", "/api/v1/memoirs/" + id + "/files/" + file).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_log where action = '查看文史资料投稿人手机号' and target_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isPositive();
        api.get("leader", "/api/v1/memoirs/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.phone").doesNotExist());
        api.get("member", "/api/v1/memoirs/" + id).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/memoirs/" + id).andExpect(status().isNotFound());
        api.get("unit", "/api/v1/memoirs/" + id).andExpect(status().isForbidden());
        mvc.perform(get("/memoirs/" + id).session(login(mvc, "staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("群众网上投稿"))).andExpect(content().string(containsString(phone)));

        // the same review as a member's account, then into a collection
        api.post("member", "/api/v1/memoirs/" + id + "/select", null).andExpect(status().isForbidden());
        api.post("dc_staff", "/api/v1/memoirs/" + id + "/select", null).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/memoirs/" + id + "/select", null).andExpect(status().isOk());
        mvc.perform(get("/public/shili/memoirs/track/" + code.toLowerCase()).with(r -> {
            r.setRemoteAddr(address());
            return r;
        })).andExpect(status().isOk()).andExpect(content().string(containsString("入选")));
        long collection = ((Number) api.read(api.post("staff", "/api/v1/memoirs/collections", """
                {"title":"老城门（群众来稿）","memoirIds":[%d]}""".formatted(id)).andExpect(status().isCreated()), "$.id")).longValue();
        byte[] docx = api.get("staff", "/api/v1/memoirs/collections/" + collection + "/docx").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("拆城门那一年", "王秀英", "砖头都被搬去修了学校").doesNotContain(phone);
        }
        api.post("staff", "/api/v1/memoirs/" + id + "/reconsider", null).andExpect(status().isConflict());

        // a tracking code is the committee's own: another portal does not know it
        mvc.perform(get("/public/xishan/memoirs/track/" + code)).andExpect(status().isNotFound());
        mvc.perform(get("/public/shili/memoirs/track/ABCD-EFGH-JKMN-PQRS")).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
        long call = portalCall("staff", "粮站旧事" + UUID.randomUUID().toString().substring(0, 4));
        send("shili", call, "粮票", "正文", phone(), address(), "WRONG").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("验证码不正确")));
        send("shili", call, "粮票", "粮".repeat(30_001), phone(), address(), null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("正文不能超过30000字")));
        send("shili", call, "<script>alert(1)</script>", "正文", phone(), address(), null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能包含网页代码")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        send("shili", call, "", "", "123", address(), null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写11位手机号码")))
                .andExpect(content().string(containsString("请填写标题")));
        assertThat(stored(call)).isZero();

        // another committee's call, a call not on the portal, a closed call: not there
        send("xishan", call, "外会", "正文", phone(), address(), null).andExpect(status().isNotFound());
        mvc.perform(get("/public/xishan/memoirs/" + call)).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":false}").andExpect(status().isOk());
        mvc.perform(get("/public/shili/memoirs/" + call)).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":true}").andExpect(status().isOk());
        api.post("staff", "/api/v1/memoirs/calls/" + call + "/close", null).andExpect(status().isOk());
        send("shili", call, "迟到", "正文", phone(), address(), null).andExpect(status().isNotFound());
        assertThat(stored(call)).isZero();
    }

    @Test
    void burstsFromOneAddressOrOnePhoneAreRefusedWith429() throws Exception {
        long call = portalCall("staff", "供销社" + UUID.randomUUID().toString().substring(0, 4));
        String address = address();
        for (int i = 0; i < 10; i++) { // refused after the captcha: each attempt counts
            send("shili", call, "<script>", "正文", phone(), address, null).andExpect(status().isUnprocessableContent());
        }
        send("shili", call, "供销社的柜台", "正文", phone(), address, null).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("提交过于频繁")));
        String phone = phone();
        for (int i = 0; i < 5; i++) {
            send("shili", call, "<script>", "正文", phone, address(), null).andExpect(status().isUnprocessableContent());
        }
        send("shili", call, "供销社的柜台", "正文", phone, address(), null).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("该手机号今天提交的次数已达上限")));
        assertThat(stored(call)).isZero();
    }

    @Test
    void onlyTheCommitteesOfficePutsACallOnThePortal() throws Exception {
        long call = ((Number) api.read(api.post("xs_staff", "/api/v1/memoirs/calls", "{\"theme\":\"县城老街\"}")
                .andExpect(status().isCreated()), "$.id")).longValue();
        api.post("xs_member", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":true}").andExpect(status().isForbidden());
        api.post("xs_leader", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":true}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":true}").andExpect(status().isNotFound());
        mvc.perform(get("/public/xishan/memoirs")).andExpect(status().isOk()).andExpect(content().string(not(containsString("县城老街"))));
        api.post("xs_staff", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":true}").andExpect(status().isOk());
        api.post("xs_staff", "/api/v1/memoirs/calls/" + call + "/portal", "{\"shown\":true}").andExpect(status().isConflict());
        mvc.perform(get("/public/xishan/memoirs")).andExpect(status().isOk()).andExpect(content().string(containsString("县城老街")));
        mvc.perform(get("/public/shili/memoirs")).andExpect(status().isOk()).andExpect(content().string(not(containsString("县城老街"))));
    }

    @Test
    void markupInAMembersAccountIsShownAsTextOnPagesAndInTheCollection() throws Exception {
        long call = portalCall("staff", "码头" + UUID.randomUUID().toString().substring(0, 4));
        long id = ((Number) api.read(api.post("member", "/api/v1/memoirs/calls/" + call + "/memoirs", """
                {"requestKey":"%s","title":"<script>alert('码头')</script>","text":"<img src=x onerror=alert(1)>搬运工的号子"}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated()), "$.id")).longValue();
        mvc.perform(get("/memoirs/" + id).session(login(mvc, "staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;码头&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))));
        api.post("staff", "/api/v1/memoirs/" + id + "/select", null).andExpect(status().isOk());
        long collection = ((Number) api.read(api.post("staff", "/api/v1/memoirs/collections", """
                {"title":"码头","memoirIds":[%d]}""".formatted(id)).andExpect(status().isCreated()), "$.id")).longValue();
        byte[] docx = api.get("staff", "/api/v1/memoirs/collections/" + collection + "/docx").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("<script>alert('码头')</script>", "<img src=x onerror=alert(1)>搬运工的号子");
        }
    }
}
