package cn.tongxin.deliberation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.account.RunAs;
import cn.tongxin.participation.Captchas;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** Replies to replies (ADR 018): flattened into the head's thread with "回复 @某某", moderated and hidden as comments are. */
@IntegrationTest
class DeliberationReplyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    ManageTopics topics;
    @Autowired
    CommentOnTopics comments;
    @Autowired
    ModerateComments moderation;
    @Autowired
    Captchas captchas;
    @Autowired
    Clock clock;
    Api api;
    DeliberationFixture fx;
    long city;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fx = new DeliberationFixture(jdbc, runAs, topics, comments, captchas);
        city = DemoCommittees.of(jdbc).city();
    }

    private String publicPage(long topic) throws Exception {
        return mvc.perform(get("/public/shili/topics/" + topic)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long memberReply(String user, long topic, long replyTo, String text) throws Exception {
        return ((Number) api.read(api.post(user, "/api/v1/deliberation/topics/" + topic + "/comments",
                "{\"replyTo\":" + replyTo + ",\"text\":\"" + text + "\"}").andExpect(status().isCreated()), "$.id")).longValue();
    }

    private String name(String user) {
        return jdbc.sql("select display_name from user_account where username = ?").param(user).query(String.class).single();
    }

    @Test
    void aReplyToAReplyJoinsTheHeadsThreadAndSaysWhomItAnswers() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, false, null, clock);
        var head = fx.member("member", topic, null, "留言串的第一条");
        var first = fx.citizen(city, topic, head.id(), "网友对留言的回复", null);
        long second = memberReply("member2", topic, first.id(), "委员对网友回复的回复<b>粗</b>");
        var third = fx.citizen(city, topic, second, "第三层的回复", null);
        var row = jdbc.sql("select parent_id, reply_to_id, reply_to_name from deliberation_comment where id = ?").param(second).query().singleRow();
        assertThat(row).containsEntry("parent_id", head.id()).containsEntry("reply_to_id", first.id()).containsEntry("reply_to_name", "网友甲");
        assertThat(jdbc.sql("select parent_id from deliberation_comment where id = ?").param(third.id()).query(Long.class).single())
                .isEqualTo(head.id());
        // the API shows the thread flattened, each reply naming whom it answers
        var json = api.get("member", "/api/v1/deliberation/topics/" + topic).andExpect(status().isOk());
        List<Object> answered = api.read(json, "$.threads[0].replies[*].replyToName");
        assertThat(answered).containsExactly(null, "网友甲", name("member2"));
        String page = publicPage(topic);
        assertThat(page).contains("回复 @<span>网友甲</span>").contains("委员对网友回复的回复&lt;b&gt;粗&lt;/b&gt;").doesNotContain("<b>粗</b>")
                .contains("replyTo=" + second);
        // the export flattens it the same way, as plain text
        byte[] docx = mvc.perform(get("/deliberation/topics/" + topic + "/summary.docx").session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("回复 @网友甲 · ").contains("委员对网友回复的回复<b>粗</b>").contains("第三层的回复");
        }
    }

    @Test
    void aHiddenReplyKeepsItsPlaceholderAndTheRepliesThatAnswerIt() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, false, null, clock);
        var head = fx.member("member", topic, null, "有回复的留言");
        var reply = fx.citizen(city, topic, head.id(), "将被隐藏的回复", null);
        long answer = memberReply("member2", topic, reply.id(), "回答被隐藏回复的回复");
        api.post("staff", "/api/v1/deliberation/comments/" + reply.id() + "/hide", "{\"reason\":\"人身攻击\"}").andExpect(status().isOk());
        String page = publicPage(topic);
        assertThat(page).contains("该留言已被隐藏（人身攻击）").contains("回答被隐藏回复的回复").doesNotContain("将被隐藏的回复");
        // a hidden reply can no longer be answered, at any level
        api.post("member", "/api/v1/deliberation/topics/" + topic + "/comments", "{\"replyTo\":" + reply.id() + ",\"text\":\"再回复\"}")
                .andExpect(status().isConflict());
        // the head hidden too: both levels keep their places
        api.post("staff", "/api/v1/deliberation/comments/" + head.id() + "/hide", "{\"reason\":\"离题\"}").andExpect(status().isOk());
        assertThat(publicPage(topic)).contains("该留言已被隐藏（离题）").contains("该留言已被隐藏（人身攻击）").contains("回答被隐藏回复的回复");
        api.post("staff", "/api/v1/deliberation/comments/" + reply.id() + "/undo", null).andExpect(status().isOk());
        assertThat(publicPage(topic)).contains("将被隐藏的回复");
        assertThat(answer).isPositive();
    }

    @Test
    void aReplyToAReplyIsHeldAndApprovedAsAnyComment() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, true, null, clock);
        var head = fx.member("member", topic, null, "先审后发议题的留言");
        assertThat(head.held()).isTrue();
        runAs.user("staff", () -> moderation.approve(head.id()));
        var reply = fx.citizen(city, topic, head.id(), "待审核的网友回复", null);
        assertThat(reply.held()).isTrue();
        // a held reply cannot be answered, and others do not see it
        api.post("member2", "/api/v1/deliberation/topics/" + topic + "/comments", "{\"replyTo\":" + reply.id() + ",\"text\":\"太早\"}")
                .andExpect(status().isConflict());
        assertThat(publicPage(topic)).doesNotContain("待审核的网友回复");
        runAs.user("staff", () -> moderation.approve(reply.id()));
        var answer = fx.member("member2", topic, reply.id(), "委员回复网友（待审核）");
        assertThat(answer.held()).isTrue();
        assertThat(publicPage(topic)).contains("待审核的网友回复").doesNotContain("委员回复网友（待审核）");
        runAs.user("staff", () -> moderation.approve(answer.id()));
        // the reply answered goes back to the queue: it keeps its place, since a visible reply answers it
        runAs.user("staff", () -> moderation.undo(reply.id()));
        String page = publicPage(topic);
        assertThat(page).contains("该留言正在审核").contains("委员回复网友（待审核）").doesNotContain("待审核的网友回复");
        assertThat(jdbc.sql("select reply_count from deliberation_comment where id = ?").param(reply.id()).query(Integer.class).single())
                .isEqualTo(1);
        // the published count follows every level
        assertThat(jdbc.sql("select comments from deliberation_live where topic_id = ?").param(topic).query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from deliberation_comment where topic_id = ? and status = 'PUBLISHED'").param(topic)
                        .query(Integer.class).single());
    }

    @Test
    void onlyMembersOfTheTopicsCommitteeReplyToReplies() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.MEMBERS, false, false, null, clock);
        var head = fx.member("member", topic, null, "委员议题留言");
        var reply = fx.member("member2", topic, head.id(), "委员回复");
        String body = "{\"replyTo\":" + reply.id() + ",\"text\":\"回复的回复\"}";
        api.post("dc_member", "/api/v1/deliberation/topics/" + topic + "/comments", body).andExpect(status().isNotFound());
        for (String user : new String[] {"unit", "leader", "staff"}) {
            api.post(user, "/api/v1/deliberation/topics/" + topic + "/comments", body).andExpect(status().isForbidden());
        }
        api.post("member", "/api/v1/deliberation/topics/" + topic + "/comments", body).andExpect(status().isCreated());
        // a reply named by another topic's comment is not found
        long other = fx.openTopic("staff", city, Audience.MEMBERS, false, false, null, clock);
        api.post("member", "/api/v1/deliberation/topics/" + other + "/comments", body).andExpect(status().isNotFound());
    }
}
