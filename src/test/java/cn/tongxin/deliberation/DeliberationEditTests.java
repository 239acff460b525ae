package cn.tongxin.deliberation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.account.RunAs;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.participation.Captchas;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** Editing one's own comment (ADR 018): the author, within the window, not hidden; versioned, audited, moderated again. */
@IntegrationTest
class DeliberationEditTests {

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
    CommitteeSettings settings;
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

    private ResultActions edit(String user, long comment, String text, Integer revision) throws Exception {
        return api.put(user, "/api/v1/deliberation/comments/" + comment,
                "{\"text\":\"" + text + "\"" + (revision == null ? "" : ",\"revision\":" + revision) + "}");
    }

    private String publicPage(long topic) throws Exception {
        return mvc.perform(get("/public/shili/topics/" + topic)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String column(String column, long comment) {
        return String.valueOf(jdbc.sql("select " + column + " from deliberation_comment where id = ?").param(comment).query().singleValue());
    }

    @Test
    void theAuthorEditsWithinTheWindowOthersSeeEditedAndTheOldTextIsKept() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, false, null, clock);
        var posted = fx.member("member", topic, null, "原来的留言");
        String body = edit("member", posted.id(), "修改后的留言", 0).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"revision\":1").contains("\"held\":false");
        assertThat(publicPage(topic)).contains("修改后的留言").contains("已编辑").doesNotContain("原来的留言");
        assertThat(jdbc.sql("select old_text, new_text, revision, held from deliberation_comment_edit where comment_id = ?").param(posted.id())
                .query().singleRow()).containsEntry("old_text", "原来的留言").containsEntry("new_text", "修改后的留言")
                .containsEntry("revision", 0).containsEntry("held", false);
        assertThat(jdbc.sql("select count(*) from audit_log where action = '修改留言' and target_type = 'deliberation_comment' and target_id = ?")
                .param(String.valueOf(posted.id())).query(Long.class).single()).isEqualTo(1);
        // the history: the office and the author; nobody else, and nothing across committees
        api.get("staff", "/api/v1/deliberation/comments/" + posted.id() + "/edits").andExpect(status().isOk());
        api.get("member", "/api/v1/deliberation/comments/" + posted.id() + "/edits").andExpect(status().isOk());
        api.get("member2", "/api/v1/deliberation/comments/" + posted.id() + "/edits").andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/deliberation/comments/" + posted.id() + "/edits").andExpect(status().isNotFound());
        String history = mvc.perform(get("/deliberation/comments/" + posted.id() + "/edits").param("topic", String.valueOf(topic))
                .session(login(mvc, "staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("原来的留言").contains("修改后的留言").contains("第1次修改");
    }

    @Test
    void onlyTheAuthorEditsTheirOwnComment() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, false, null, clock);
        var posted = fx.member("member", topic, null, "别人不能改的留言");
        for (String user : new String[] {"member2", "staff", "leader", "unit", "admin"}) {
            edit(user, posted.id(), "篡改", 0).andExpect(status().isForbidden());
        }
        edit("dc_member", posted.id(), "篡改", 0).andExpect(status().isNotFound());
        // a citizen's comment has no account to edit it with
        var citizen = fx.citizen(city, topic, null, "网友的留言", null);
        edit("member", citizen.id(), "篡改", 0).andExpect(status().isForbidden());
        assertThat(column("text", posted.id())).isEqualTo("别人不能改的留言");
    }

    @Test
    void aStaleRevisionIsAConflictExplainedInChinese() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.MEMBERS, false, false, null, clock);
        var posted = fx.member("member", topic, null, "两个窗口同时修改");
        edit("member", posted.id(), "第一个窗口的修改", 0).andExpect(status().isOk());
        String refused = edit("member", posted.id(), "第二个窗口的修改", 0).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("该留言已在别处修改过，请刷新页面");
        assertThat(column("text", posted.id())).isEqualTo("第一个窗口的修改");
        edit("member", posted.id(), "读到最新版本后的修改", 1).andExpect(status().isOk());
        assertThat(column("revision", posted.id())).isEqualTo("2");
    }

    @Test
    void noEditAfterTheWindowOfAHiddenOrRefusedCommentOrOnAClosedTopic() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, true, null, clock);
        var late = fx.member("member", topic, null, "发表很久的留言");
        jdbc.sql("update deliberation_comment set written_at = written_at - interval '11 minutes' where id = ?").param(late.id()).update();
        assertThat(edit("member", late.id(), "太晚了", 0).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("超过10分钟");
        var hidden = fx.member("member", topic, null, "将被隐藏的留言");
        runAs.user("staff", () -> moderation.approve(hidden.id()));
        runAs.user("staff", () -> moderation.hide(hidden.id(), "离题"));
        assertThat(edit("member", hidden.id(), "改", 0).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("已被隐藏");
        var refused = fx.member("member", topic, null, "未通过的留言");
        runAs.user("staff", () -> moderation.reject(refused.id(), "无关"));
        edit("member", refused.id(), "改", 0).andExpect(status().isConflict());
        var open = fx.member("member", topic, null, "议题结束前的留言");
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/close", null).andExpect(status().isOk());
        edit("member", open.id(), "结束后修改", 0).andExpect(status().isConflict());
        // bad input says what is wrong, and nothing is stored
        long other = fx.openTopic("staff", city, Audience.MEMBERS, false, false, null, clock);
        var mine = fx.member("member", other, null, "好好的留言");
        edit("member", mine.id(), "", 0).andExpect(status().isUnprocessableContent());
        edit("member", mine.id(), "长".repeat(2001), 0).andExpect(status().isUnprocessableContent());
        assertThat(edit("member", mine.id(), "缺版本号", null).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString()).contains("版本号");
        edit("member", 0, "不存在", 0).andExpect(status().isNotFound());
        assertThat(column("text", mine.id())).isEqualTo("好好的留言");
    }

    @Test
    void theEditWindowIsTheCommitteesSetting() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.MEMBERS, false, false, null, clock);
        var posted = fx.member("member", topic, null, "设置决定能否修改");
        var session = login(mvc, "member");
        assertThat(page(session, topic)).contains("保存修改").contains("name=\"revision\"");
        runAs.user("admin", () -> settings.update(Map.of(SettingKey.COMMENT_EDIT_MINUTES, "0")));
        try {
            assertThat(edit("member", posted.id(), "关闭后修改", 0).andExpect(status().isConflict()).andReturn().getResponse()
                    .getContentAsString()).contains("未开放修改留言");
            assertThat(page(session, topic)).doesNotContain("保存修改");
            runAs.user("admin", () -> settings.update(Map.of(SettingKey.COMMENT_EDIT_MINUTES, "30")));
            jdbc.sql("update deliberation_comment set written_at = written_at - interval '20 minutes' where id = ?").param(posted.id()).update();
            edit("member", posted.id(), "三十分钟内可以修改", 0).andExpect(status().isOk());
        } finally {
            runAs.user("admin", () -> settings.update(Map.of(SettingKey.COMMENT_EDIT_MINUTES, String.valueOf(SettingKey.COMMENT_EDIT_MINUTES.defaultValue()))));
        }
    }

    private String page(org.springframework.mock.web.MockHttpSession session, long topic) throws Exception {
        return mvc.perform(get("/deliberation/topics/" + topic).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anEditOfAPreModeratedCommentGoesBackToTheQueue() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, true, null, clock);
        var posted = fx.member("member", topic, null, "审核通过的原文");
        runAs.user("staff", () -> moderation.approve(posted.id()));
        int before = jdbc.sql("select comments from deliberation_live where topic_id = ?").param(topic).query(Integer.class).single();
        String body = edit("member", posted.id(), "修改后待重新审核", 0).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"held\":true");
        assertThat(column("status", posted.id())).isEqualTo("PENDING");
        assertThat(jdbc.sql("select status || ' ' || excerpt from moderation_item where subject_type = 'DELIBERATION_COMMENT' and subject_id = ?")
                .param(posted.id()).query(String.class).single()).isEqualTo("PENDING 修改后待重新审核");
        assertThat(jdbc.sql("select comments from deliberation_live where topic_id = ?").param(topic).query(Integer.class).single())
                .isEqualTo(before - 1);
        assertThat(publicPage(topic)).doesNotContain("修改后待重新审核").doesNotContain("审核通过的原文");
        assertThat(jdbc.sql("select count(*) from audit_log where action = '修改后重新送审' and detail like ?")
                .param("网络议政留言 " + posted.id() + "：%").query(Long.class).single()).isEqualTo(1);
        // the moderator approves the new text
        runAs.user("staff", () -> moderation.approve(posted.id()));
        assertThat(publicPage(topic)).contains("修改后待重新审核").contains("已编辑");
        // a comment still in the queue stays there when edited, with the new text in the queue
        var held = fx.member("member", topic, null, "仍在排队的留言");
        edit("member", held.id(), "排队时修改", 0).andExpect(status().isOk());
        assertThat(jdbc.sql("select status || ' ' || excerpt from moderation_item where subject_type = 'DELIBERATION_COMMENT' and subject_id = ?")
                .param(held.id()).query(String.class).single()).isEqualTo("PENDING 排队时修改");
    }

    @Test
    void editingFromThePageKeepsMarkupAsTextOnEveryPageAndInTheExport() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, false, null, clock);
        var posted = fx.member("member", topic, null, "页面上修改");
        var session = login(mvc, "member");
        mvc.perform(post("/deliberation/comments/" + posted.id() + "/edit").with(csrf()).session(session).param("topic", String.valueOf(topic))
                        .param("revision", "0").param("text", "<script>alert('改')</script>修改"))
                .andExpect(status().is3xxRedirection());
        assertThat(column("text", posted.id())).isEqualTo("<script>alert('改')</script>修改");
        for (String page : new String[] {publicPage(topic), page(session, topic), mvc.perform(get("/deliberation/comments/" + posted.id()
                + "/edits").session(login(mvc, "staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()}) {
            assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert");
        }
        byte[] docx = mvc.perform(get("/deliberation/topics/" + topic + "/summary.docx").session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("<script>alert('改')</script>修改").contains("已编辑");
        }
        // a stale page's edit is refused with the reason shown, nothing changed
        mvc.perform(post("/deliberation/comments/" + posted.id() + "/edit").with(csrf()).session(session).param("topic", String.valueOf(topic))
                        .param("revision", "0").param("text", "旧页面的修改"))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(String.valueOf(r.getFlashMap().get("error"))).contains("已在别处修改过"));
        assertThat(column("revision", posted.id())).isEqualTo("1");
    }
}
