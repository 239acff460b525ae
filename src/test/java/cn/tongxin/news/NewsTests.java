package cn.tongxin.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** The office publishes news on the portal; a shared link previews with its title, description and first image. */
@IntegrationTest
class NewsTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    private ResultActions publish(String user, String title, String body, LocalDate on, MockMultipartFile... images) throws Exception {
        var request = multipart("/api/v1/news");
        for (MockMultipartFile image : images) {
            request.file(image);
        }
        request.param("title", title).param("body", body).header("Authorization", "Bearer " + api.token(user));
        if (on != null) {
            request.param("happenedOn", on.toString());
        }
        return mvc.perform(request);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theOfficePublishesNewsAndTheArticleHasItsPreviewTags() throws Exception {
        var created = publish("staff", "市政协召开优化营商环境专题协商会", "11月20日，市政协召开专题协商会。\n委员们围绕审批效率提出建议。",
                today().minusDays(3), new MockMultipartFile("images", "会场.png", "image/png", PNG)).andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.id")).longValue();
        long image = jdbc.sql("select id from attachment where owner_type = 'NEWS_ARTICLE' and owner_id = ? order by id desc limit 1").param(id).query(Long.class).single();

        String list = mvc.perform(get("/public/shili/news")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("市政协召开优化营商环境专题协商会");
        String page = mvc.perform(get("/public/shili/news/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>市政协召开优化营商环境专题协商会 · 示例市政协公开门户</title>",
                "<meta name=\"description\" content=\"11月20日，市政协召开专题协商会。 委员们围绕审批效率提出建议。\">",
                "<meta property=\"og:title\" content=\"市政协召开优化营商环境专题协商会 · 示例市政协公开门户\">",
                "<meta property=\"og:description\" content=\"11月20日，市政协召开专题协商会。 委员们围绕审批效率提出建议。\">",
                "<meta property=\"og:image\" content=\"http://localhost/public/shili/news/" + id + "/images/" + image + "\">",
                "<meta property=\"og:type\" content=\"article\">");
        var png = mvc.perform(get("/public/shili/news/" + id + "/images/" + image)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(png.getContentAsByteArray()).isEqualTo(PNG);

        mvc.perform(get("/public/dongcheng/news/" + id)).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/news/" + id).andExpect(status().isNotFound());
        api.get("leader", "/api/v1/news/" + id).andExpect(status().isOk());
        api.post("staff", "/api/v1/news/" + id + "/withdraw", null).andExpect(status().isNoContent());
        api.post("staff", "/api/v1/news/" + id + "/withdraw", null).andExpect(status().isConflict());
        mvc.perform(get("/public/shili/news/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/shili/news/" + id + "/images/" + image)).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheOfficePublishesAndBadNewsIsRefusedInChinese() throws Exception {
        long before = jdbc.sql("select count(*) from news_article").query(Long.class).single();
        publish("member", "委员发的", "正文", today()).andExpect(status().isForbidden());
        publish("leader", "领导发的", "正文", today()).andExpect(status().isForbidden());
        assertThat(publish("staff", "明天的新闻", "正文", today().plusDays(1)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString()).contains("活动日期不能晚于今天");
        assertThat(publish("staff", "", "正文", null).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString()).contains("请填写标题", "请填写活动日期");
        publish("staff", "附件不是图片", "正文", today(), new MockMultipartFile("images", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from news_article").query(Long.class).single()).isEqualTo(before);
    }
}
