package cn.tongxin.participation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** A citizen leaves a problem at a studio's page and follows it by tracking code; the office moderates, replies, converts. */
@IntegrationTest
class CitizenOpinionTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    Api api;
    long studio;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        studio = jdbc.sql("select id from org_unit where committee_id = ? and kind = 'STUDIO' and active order by id limit 1")
                .param(DemoCommittees.of(jdbc).city()).query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String anyAddress() {
        return "192.0.2." + (int) (Math.random() * 250) + "." + UUID.randomUUID().toString().substring(0, 6);
    }

    private ResultActions leave(String address, String phone, String content, String answer, MockMultipartFile... photos) throws Exception {
        var challenge = captchas.issue();
        var request = multipart("/public/shili/studios/" + studio + "/opinions");
        for (MockMultipartFile p : photos) {
            request.file(p);
        }
        return mvc.perform(request.param("name", "张三").param("phone", phone).param("place", "幸福小区东门")
                .param("content", content).param("captchaId", challenge.id())
                .param("captcha", answer == null ? challenge.answer() : answer).with(csrf()).with(from(address)));
    }

    private long opinions() {
        return jdbc.sql("select count(*) from citizen_opinion").query(Long.class).single();
    }

    private String tracking(ResultActions left) throws Exception {
        String location = left.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/public/shili/track/").endsWith("?new");
        return location.substring("/public/shili/track/".length(), location.length() - 4);
    }

    private long idOf(String code) {
        return jdbc.sql("select id from citizen_opinion where tracking_hash = ?").param(TrackingCodes.hash(code)).query(Long.class).single();
    }

    private String track(String code) throws Exception {
        return mvc.perform(get("/public/shili/track/" + code).with(from(anyAddress()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCitizenLeavesAProblemWithAPhotoAndFollowsItToTheReply() throws Exception {
        String page = mvc.perform(get("/public/shili/studios/" + studio)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("反映问题、提出意见建议", "验证码", "data:image/png;base64,");
        String code = tracking(leave(anyAddress(), "13600001111", "路灯坏了三个月", null,
                new MockMultipartFile("photos", "路灯.png", "image/png", PNG)));
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        long id = idOf(code);
        var stored = jdbc.sql("select name, phone, status from citizen_opinion where id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(stored[0]).startsWith("sm4:");
        assertThat(stored[1]).startsWith("sm4:");
        assertThat(stored[2]).isEqualTo("HELD"); // the demo committees pre-moderate
        String tracked = track(code);
        assertThat(tracked).contains("待审核", "路灯坏了三个月", "1 张").doesNotContain("13600001111", "张三");

        long item = jdbc.sql("select id from moderation_item where subject_type = 'CITIZEN_OPINION' and subject_id = ?")
                .param(id).query(Long.class).single();
        api.post("staff", "/api/v1/moderation/" + item + "/approve", null).andExpect(status().isOk());
        assertThat(track(code)).contains("已受理");
        // the office sees name and phone; another committee's office does not see it at all
        assertThat(api.get("staff", "/api/v1/citizen-opinions/" + id).andReturn().getResponse().getContentAsString())
                .contains("13600001111", "张三");
        api.get("dc_staff", "/api/v1/citizen-opinions/" + id).andExpect(status().isNotFound());
        // a member of another studio does not find it; who works at no studio may not triage at all
        api.get("member2", "/api/v1/citizen-opinions/" + id).andExpect(status().isNotFound());
        api.get("correspondent", "/api/v1/citizen-opinions/" + id).andExpect(status().isForbidden());

        mvc.perform(post("/participation/opinions/" + id + "/reply").param("text", "已联系供电公司，本周修复。")
                .session(login(mvc, "staff")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(track(code)).contains("已答复", "已联系供电公司，本周修复。");
    }

    @Test
    void theOfficeConvertsAnOpinionIntoAMicroSuggestionLinkedBothWays() throws Exception {
        long convertedBefore = ((Number) api.read(api.get("staff", "/api/v1/citizen-opinions/statistics"), "$.converted")).longValue();
        String code = tracking(leave(anyAddress(), "13600002222", "建议在学校门口增设减速带", null));
        long id = idOf(code);
        jdbc.sql("update citizen_opinion set status = 'RECEIVED' where id = ?").param(id).update();
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        var r = api.post("staff", "/api/v1/citizen-opinions/" + id + "/suggestion",
                "{\"memberId\":" + member + ",\"title\":\"关于学校门口增设减速带的微建议\",\"reply\":\"已转为委员微建议，交有关部门办理。\"}")
                .andExpect(status().isOk());
        long suggestion = ((Number) api.read(r, "$.suggestionId")).longValue();
        assertThat(jdbc.sql("select member_id from micro_suggestion where id = ?").param(suggestion).query(Long.class).single()).isEqualTo(member);
        assertThat(jdbc.sql("select count(*) from timeline_entry where subject_type = 'MICRO_SUGGESTION' and subject_id = ? and action = '由群众意见建议转来'")
                .param(suggestion).query(Long.class).single()).isEqualTo(1);
        assertThat(track(code)).contains("已转办", "已转为微建议", "交有关部门办理");
        api.post("staff", "/api/v1/citizen-opinions/" + id + "/reply", "{\"text\":\"再答复\"}").andExpect(status().isConflict());
        var figures = api.get("staff", "/api/v1/citizen-opinions/statistics");
        assertThat(((Number) api.read(figures, "$.converted")).longValue()).isEqualTo(convertedBefore + 1);
        assertThat(mvc.perform(get("/participation/opinion-statistics").session(login(mvc, "leader"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("全会合计");
        api.get("member", "/api/v1/citizen-opinions/statistics").andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
        long before = opinions();
        leave(anyAddress(), "13600003333", "内容", "####").andExpect(status().isUnprocessableContent());
        String oversize = leave(anyAddress(), "13600003333", "长".repeat(1001), null).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(oversize).contains("意见建议不能超过1000字");
        String script = leave(anyAddress(), "13600003333", "<script>alert(1)</script>", null)
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(script).contains("不能包含网页代码").doesNotContain("<script>alert(1)</script>");
        leave(anyAddress(), "1360000", "内容", null).andExpect(status().isUnprocessableContent());
        leave(anyAddress(), "13600003333", "内容", null, new MockMultipartFile("photos", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .andExpect(status().isUnprocessableContent());
        assertThat(opinions()).isEqualTo(before);

        String burst = anyAddress();
        for (int i = 0; i < 10; i++) {
            leave(burst, "1370000" + String.format("%04d", i), "同一地址第" + i + "条", null).andExpect(status().is3xxRedirection());
        }
        long afterBurst = opinions();
        String refused = leave(burst, "13700009999", "第十一条", null).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("提交过于频繁");
        assertThat(opinions()).isEqualTo(afterBurst);
    }

    @Test
    void trackingCodesCannotBeGuessedQuickly() throws Exception {
        mvc.perform(get("/public/shili/track/AAAA-BBBB-CCCC-DDDD").with(from(anyAddress()))).andExpect(status().isNotFound());
        mvc.perform(get("/public/shili/track/short").with(from(anyAddress()))).andExpect(status().isNotFound());
        String guesser = anyAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/public/shili/track/" + TrackingCodes.next()).with(from(guesser))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/shili/track/" + TrackingCodes.next()).with(from(guesser))).andExpect(status().isTooManyRequests());
        // a code of the city is not found through a county's portal
        String code = tracking(leave(anyAddress(), "13600004444", "县里看不到", null));
        mvc.perform(get("/public/dongcheng/track/" + code).with(from(anyAddress()))).andExpect(status().isNotFound());
    }

    @Test
    void aStudioHasAPrintablePosterWithItsQrCode() throws Exception {
        var r = mvc.perform(get("/public/shili/studios/" + studio + "/poster.png")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).isEqualTo("image/png");
        byte[] png = r.getContentAsByteArray();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        mvc.perform(get("/public/dongcheng/studios/" + studio + "/poster.png")).andExpect(status().isNotFound());
    }
}
