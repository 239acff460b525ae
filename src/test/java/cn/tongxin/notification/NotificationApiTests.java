package cn.tongxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

@IntegrationTest
class NotificationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    private long messageTo(String username, String title) throws Exception {
        var me = api.get(username, "/api/v1/me").andExpect(status().isOk());
        long committee = ((Number) api.read(me, "$.committeeId")).longValue();
        long member = ((Number) api.read(me, "$.memberId")).longValue();
        notifications.notify(committee, Recipient.member(member), title, "正文", "/proposals");
        return jdbc.sql("select max(id) from notification where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aMemberReadsTheInboxAndMarksAMessageReadThroughTheApi() throws Exception {
        long id = messageTo("member", "API消息测试一");
        long unreadBefore = ((Number) api.read(api.get("member", "/api/v1/notifications/unread-count"), "$")).longValue();

        api.get("member", "/api/v1/notifications").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("API消息测试一"))
                .andExpect(jsonPath("$.items[0].read").value(false));
        api.post("member", "/api/v1/notifications/" + id + "/read", null).andExpect(status().isNoContent());

        long unreadAfter = ((Number) api.read(api.get("member", "/api/v1/notifications/unread-count"), "$")).longValue();
        assertThat(unreadAfter).isEqualTo(unreadBefore - 1);
    }

    @Test
    void theMenuBadgeStopsCountingAt99PlusWhileTheApiCountsThemAll() throws Exception {
        var me = api.get("member2", "/api/v1/me").andExpect(status().isOk());
        long committee = ((Number) api.read(me, "$.committeeId")).longValue();
        long member = ((Number) api.read(me, "$.memberId")).longValue();
        var session = Logins.login(mvc, "member2");
        jdbc.sql("update notification set read_at = now() where recipient_kind = 'MEMBER' and recipient_id = ?").param(member).update();
        String none = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("没有未读").doesNotContain("class=\"badge\"");

        for (int i = 0; i < 3; i++) {
            notifications.notify(committee, Recipient.member(member), "徽标计数" + i, "正文", "/proposals");
        }
        notifications.notify(committee, Recipient.staff(), "给办公室的消息不算委员的", "正文", "/proposals");
        String three = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(three).contains("<span class=\"badge\">3</span>").contains("3 条未读");

        for (int i = 3; i < 120; i++) {
            notifications.notify(committee, Recipient.member(member), "徽标计数" + i, "正文", "/proposals");
        }
        String many = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(many).contains("<span class=\"badge\">99+</span>").contains("99+ 条未读");
        long exact = ((Number) api.read(api.get("member2", "/api/v1/notifications/unread-count"), "$")).longValue();
        assertThat(exact).isEqualTo(120);
    }

    @Test
    void nobodyMarksAnotherPersonsMessage() throws Exception {
        long id = messageTo("member", "API消息测试二");

        api.post("member2", "/api/v1/notifications/" + id + "/read", null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到消息，或您无权查看"));
        api.post("dc_member", "/api/v1/notifications/" + id + "/read", null).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select read_at is null from notification where id = ?").param(id).query(Boolean.class).single()).isTrue();
    }
}
