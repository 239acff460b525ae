package cn.tongxin.deliberation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.account.RunAs;
import cn.tongxin.participation.Captchas;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** Online deliberation end to end on real PostgreSQL: permissions, moderation, live updates, bad input, export, output. */
@IntegrationTest
class DeliberationTests {

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
    CurateTopics curate;
    @Autowired
    Captchas captchas;
    @Autowired
    TopicReads reads;
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

    @Test
    void onlyTheOfficeCreatesTopicsAndOtherCommitteesSeeNothing() throws Exception {
        String form = """
                {"kind":"CONSULTATION","activityId":%d,"title":"权限议题","audience":"PUBLIC","opensAt":"%s","closesAt":"%s"}"""
                .formatted(fx.consultation(city), LocalDateTime.now().minusHours(1).withNano(0), LocalDateTime.now().plusDays(1).withNano(0));
        for (String user : new String[] {"member", "unit", "leader", "correspondent"}) {
            api.post(user, "/api/v1/deliberation/topics", form).andExpect(status().isForbidden());
        }
        long id = ((Number) api.read(api.post("staff", "/api/v1/deliberation/topics", form).andExpect(status().isCreated()), "$.id")).longValue();
        api.get("member", "/api/v1/deliberation/topics/" + id).andExpect(status().isOk());
        api.get("leader", "/api/v1/deliberation/topics/" + id).andExpect(status().isOk());
        api.get("unit", "/api/v1/deliberation/topics/" + id).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/deliberation/topics/" + id).andExpect(status().isNotFound());
        api.get("dc_member", "/api/v1/deliberation/topics/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/deliberation/topics/" + id + "/close", null).andExpect(status().isNotFound());
        api.post("member", "/api/v1/deliberation/topics/" + id + "/close", null).andExpect(status().isForbidden());
        // the county's portal does not show the city's topic; a members-only topic is on no portal
        mvc.perform(get("/public/dongcheng/topics/" + id)).andExpect(status().isNotFound());
        long membersOnly = fx.openTopic("staff", city, Audience.MEMBERS, true, null);
        mvc.perform(get("/public/shili/topics/" + membersOnly)).andExpect(status().isNotFound());
        mvc.perform(get("/deliberation/topics/" + membersOnly).session(login(mvc, "member"))).andExpect(status().isOk());
        // a consultation needs a consultation activity of the committee
        String research = form.replace("\"activityId\":" + fx.consultation(city), "\"activityId\":" + jdbc.sql(
                "select id from activity where committee_id = ? and type = 'RESEARCH' limit 1").param(city).query(Long.class).single());
        api.post("staff", "/api/v1/deliberation/topics", research).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aPublicCommentAwaitingModerationIsInvisibleToOthersUntilApproved() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, null);
        String text = "待审核的留言" + UUID.randomUUID();
        var posted = fx.citizen(city, topic, null, text, "author-key-1");
        assertThat(posted.held()).isTrue();
        assertThat(publicPage(topic)).doesNotContain(text);
        // the author (by the key their browser holds) sees it marked 待审核; members do not
        var own = reads.publicPage(city, topic, "author-key-1", null).threads().getFirst().head();
        assertThat(own.id()).isEqualTo(posted.id());
        assertThat(own.tag()).isEqualTo("待审核");
        assertThat(api.get("member", "/api/v1/deliberation/topics/" + topic).andReturn().getResponse().getContentAsString()).doesNotContain(text);
        assertThat(api.get("staff", "/api/v1/deliberation/topics/" + topic).andReturn().getResponse().getContentAsString()).contains(text);
        runAs.user("staff", () -> moderation.approve(posted.id()));
        assertThat(publicPage(topic)).contains(text);
        assertThat(jdbc.sql("select count(*) from audit_log where action = '审核通过' and detail like ?")
                .param("网络议政留言 " + posted.id() + "：%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHiddenCommentKeepsItsPlaceholderAndRepliesAndUndoBringsItBack() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, null);
        var parent = fx.member("member", topic, null, "被隐藏的委员留言");
        var reply = fx.citizen(city, topic, parent.id(), "回复仍然可见", null);
        assertThat(reply.held()).isFalse();
        api.post("staff", "/api/v1/deliberation/comments/" + parent.id() + "/hide", "{}").andExpect(status().isUnprocessableContent());
        api.post("member", "/api/v1/deliberation/comments/" + parent.id() + "/hide", "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        api.post("dc_staff", "/api/v1/deliberation/comments/" + parent.id() + "/hide", "{\"reason\":\"x\"}").andExpect(status().isNotFound());
        api.post("staff", "/api/v1/deliberation/comments/" + parent.id() + "/hide", "{\"reason\":\"涉及个人隐私\"}").andExpect(status().isOk());
        String page = publicPage(topic);
        assertThat(page).contains("该留言已被隐藏（涉及个人隐私）").contains("回复仍然可见").doesNotContain("被隐藏的委员留言");
        api.post("staff", "/api/v1/deliberation/comments/" + parent.id() + "/undo", null).andExpect(status().isOk());
        assertThat(publicPage(topic)).contains("被隐藏的委员留言").contains("回复仍然可见").doesNotContain("该留言已被隐藏");
        // nothing left to undo on a comment published without moderation
        api.post("staff", "/api/v1/deliberation/comments/" + parent.id() + "/undo", null).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_log where target_type = 'moderation_item' and action in ('隐藏', '撤销审核决定') and detail like ?")
                .param("网络议政留言 " + parent.id() + "：%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPollWithNothingNewCostsNothingAndAChangeArrivesWithTheNextPoll() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, null);
        long version = jdbc.sql("select version from deliberation_live where topic_id = ?").param(topic).query(Long.class).single();
        mvc.perform(get("/public/shili/topics/" + topic + "/live").param("since", Long.toString(version))).andExpect(status().isNoContent());
        var posted = fx.member("member2", topic, null, "实时出现的留言<script>alert(1)</script>");
        String fragment = mvc.perform(get("/public/shili/topics/" + topic + "/live").param("since", Long.toString(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("c-" + posted.id()).contains("afterbegin:#threads").contains("&lt;script&gt;").doesNotContain("<script>alert");
        // the API's twin answers 304 to the version the client holds
        long now = jdbc.sql("select version from deliberation_live where topic_id = ?").param(topic).query(Long.class).single();
        mvc.perform(get("/api/v1/deliberation/topics/" + topic + "/changes").param("since", Long.toString(now))
                .header("Authorization", "Bearer " + api.token("member")).header("If-None-Match", "\"v" + now + "\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, null);
        long before = count(topic);
        var c = captchas.issue();
        String wrong = mvc.perform(post("/public/shili/topics/" + topic + "/comments").with(csrf()).param("text", "正常留言")
                        .param("captchaId", c.id()).param("captcha", "zzzz"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("验证码不正确");
        c = captchas.issue();
        String script = mvc.perform(post("/public/shili/topics/" + topic + "/comments").with(csrf()).param("text", "<script>alert(1)</script>")
                        .param("captchaId", c.id()).param("captcha", c.answer()).with(r -> {
                            r.setRemoteAddr("198.51.100.7");
                            return r;
                        }))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(script).contains("不能包含网页代码").doesNotContain("<script>alert");
        c = captchas.issue();
        String huge = mvc.perform(post("/public/shili/topics/" + topic + "/comments").with(csrf()).param("text", "长".repeat(5001))
                        .param("captchaId", c.id()).param("captcha", c.answer()).with(r -> {
                            r.setRemoteAddr("198.51.100.8");
                            return r;
                        }))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(huge).contains("留言不能超过");
        assertThat(count(topic)).isEqualTo(before);
        // a member's oversized text too
        api.post("member", "/api/v1/deliberation/topics/" + topic + "/comments", "{\"text\":\"" + "长".repeat(2001) + "\"}")
                .andExpect(status().isUnprocessableContent());
        assertThat(count(topic)).isEqualTo(before);
    }

    @Test
    void reportsHideAPublishedCommentAtTheTopicsNumberAndAModeratorCanUndoIt() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, 2);
        var posted = fx.member("member", topic, null, "被举报的留言");
        assertThat(comments.reportAsCitizen(city, posted.id(), "addr-1")).isFalse();
        assertThat(comments.reportAsCitizen(city, posted.id(), "addr-1")).isFalse(); // the same address counts once
        assertThat(runAs.user("member2", () -> comments.reportAsMember(posted.id()))).isTrue();
        assertThat(publicPage(topic)).contains("该留言已被隐藏（被举报2次，已自动隐藏，待审核人员复核）");
        runAs.user("staff", () -> moderation.undo(posted.id()));
        assertThat(publicPage(topic)).contains("被举报的留言");
    }

    @Test
    void theSummaryExportsEveryApprovedCommentAsPlainTextAndTheBestBecomeAnOutput() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, null);
        var member = fx.member("member", topic, null, "委员建议<script>alert('x')</script>");
        var held = fx.citizen(city, topic, null, "未审核的群众留言", null);
        runAs.user("staff", () -> curate.markBest(member.id(), true));
        assertThatThrownBy(() -> runAs.user("staff", () -> curate.markBest(held.id(), true))).isInstanceOf(BusinessException.class);
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/output", null).andExpect(status().isConflict());
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/summary", "{\"summary\":\"总结\"}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/close", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/comments", "{\"text\":\"晚了\"}").andExpect(status().isForbidden());
        api.post("member", "/api/v1/deliberation/topics/" + topic + "/comments", "{\"text\":\"晚了\"}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/summary", "{\"summary\":\"委员和群众普遍建议简化审批。\"}").andExpect(status().isOk());
        byte[] docx = mvc.perform(get("/deliberation/topics/" + topic + "/summary.docx").session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("委员和群众普遍建议简化审批。").contains("委员建议<script>alert('x')</script>")
                    .doesNotContain("未审核的群众留言");
        }
        mvc.perform(get("/deliberation/topics/" + topic + "/summary.docx").session(login(mvc, "member"))).andExpect(status().isForbidden());
        long output = ((Number) api.read(api.post("staff", "/api/v1/deliberation/topics/" + topic + "/output", null)
                .andExpect(status().isCreated()), "$.outputId")).longValue();
        assertThat(jdbc.sql("select kind from activity_output where id = ?").param(output).query(String.class).single()).isEqualTo("CONSULTATION_SUMMARY");
        long author = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        assertThat(jdbc.sql("select member_id from activity_output_author where output_id = ?").param(output).query(Long.class).list()).containsExactly(author);
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/output", null).andExpect(status().isConflict());
    }

    @Test
    void aStandingCallPublishesAMonthlyDigestOfSelectedComments() throws Exception {
        long topic = runAs.user("staff", () -> topics.create(new TopicForm(TopicKind.CALL_FOR_IDEAS, null, "提案线索征集" + UUID.randomUUID(),
                null, null, Audience.PUBLIC, LocalDateTime.now().minusDays(1), null, false, false, null)));
        var idea = fx.citizen(city, topic, null, "建议在老城区增设公共停车场", null);
        fx.citizen(city, topic, null, "没有入选的想法", null);
        String month = jdbc.sql("select to_char(written_at at time zone 'Asia/Shanghai', 'YYYY-MM') from deliberation_comment where id = ?")
                .param(idea.id()).query(String.class).single();
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/digests", "{\"month\":\"" + month + "\"}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/deliberation/comments/" + idea.id() + "/best", "{\"best\":true}").andExpect(status().isOk());
        mvc.perform(get("/public/shili/topics/" + topic + "/digests/" + month)).andExpect(status().isNotFound());
        api.post("member", "/api/v1/deliberation/topics/" + topic + "/digests", "{\"month\":\"" + month + "\"}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/deliberation/topics/" + topic + "/digests", "{\"month\":\"" + month + "\",\"note\":\"本月精选\"}")
                .andExpect(status().isOk());
        String digest = mvc.perform(get("/public/shili/topics/" + topic + "/digests/" + month)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(digest).contains("建议在老城区增设公共停车场").contains("本月精选").doesNotContain("没有入选的想法");
    }

    @Test
    void theModerationQueueCountsAndHidesOnlyWhatCanBeTakenBack() throws Exception {
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, true, null);
        var held = fx.citizen(city, topic, null, "排队的留言", null);
        String counts = api.get("staff", "/api/v1/moderation/counts").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(counts).contains("PENDING", "HIDDEN");
        long item = jdbc.sql("select id from moderation_item where subject_type = 'DELIBERATION_COMMENT' and subject_id = ?")
                .param(held.id()).query(Long.class).single();
        api.post("staff", "/api/v1/moderation/" + item + "/approve", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/moderation/" + item + "/undo", null).andExpect(status().isOk());
        assertThat(jdbc.sql("select status from deliberation_comment where id = ?").param(held.id()).query(String.class).single()).isEqualTo("PENDING");
        api.post("staff", "/api/v1/moderation/" + item + "/reject", "{\"reason\":\"与议题无关\"}").andExpect(status().isOk());
        assertThat(publicPage(topic)).doesNotContain("排队的留言");
        // the moderators are told, once a day per topic
        assertThat(jdbc.sql("select count(*) from notification where obligation_key = ?").param("deliberation-held-" + topic)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/participation/moderation").param("status", "REJECTED").session(login(mvc, "staff"))).andExpect(status().isOk());
        // a citizen's opinion approved into triage cannot be hidden or taken back
        long opinionItem = jdbc.sql("""
                insert into moderation_item (committee_id, subject_type, subject_id, excerpt, status, decided_by, decided_at)
                values (?, ?, ?, '已进入办理的群众意见', 'APPROVED', 'staff', now()) returning id""")
                .params(city, cn.tongxin.shared.SubjectType.CITIZEN_OPINION.name(), 990_000_000L + (System.nanoTime() % 1_000_000))
                .query(Long.class).single();
        api.post("staff", "/api/v1/moderation/" + opinionItem + "/hide", "{\"reason\":\"x\"}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/moderation/" + opinionItem + "/undo", null).andExpect(status().isConflict());
    }

    private long count(long topic) {
        return jdbc.sql("select count(*) from deliberation_comment where topic_id = ?").param(topic).query(Long.class).single();
    }
}
