package cn.tongxin.participation;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/**
 * Studios' work (issue 16): the studio's own members triage its citizens' opinions (and only its), convert them into
 * micro-suggestions, opinion reports, proposal clues or 为民办实事 items, linked both ways; 为民办实事 with evidence
 * feeds statistics and the member's record; a studio may override 先审后发; the poster comes as a PDF in Chinese.
 */
@IntegrationTest
class StudioWorkTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    Api api;
    long studio;
    long secondStudio;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        List<Long> studios = jdbc.sql("select id from org_unit where committee_id = ? and kind = 'STUDIO' and active order by id limit 2")
                .param(DemoCommittees.of(jdbc).city()).query(Long.class).list();
        studio = studios.get(0);
        secondStudio = studios.get(1);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String anyAddress() {
        return "198.51.100." + (int) (Math.random() * 250) + "." + UUID.randomUUID().toString().substring(0, 6);
    }

    static String anyPhone() {
        return "135" + String.format("%08d", (long) (Math.random() * 99_999_999));
    }

    /** A citizen's opinion at the studio, as stored (HELD or RECEIVED); returns its id. */
    long left(long at, String content) throws Exception {
        var challenge = captchas.issue();
        String location = mvc.perform(multipart("/public/shili/studios/" + at + "/opinions").param("name", "李四").param("phone", anyPhone())
                        .param("place", "和平社区").param("content", content).param("captchaId", challenge.id())
                        .param("captcha", challenge.answer()).with(csrf()).with(from(anyAddress())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/public/shili/track/".length(), location.length() - 4);
        return jdbc.sql("select id from citizen_opinion where tracking_hash = ?").param(TrackingCodes.hash(code)).query(Long.class).single();
    }

    /** Left and past moderation. */
    long received(long at, String content) throws Exception {
        long id = left(at, content);
        jdbc.sql("update citizen_opinion set status = 'RECEIVED' where id = ?").param(id).update();
        return id;
    }

    org.springframework.test.web.servlet.ResultActions put(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + api.token(user))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json));
    }

    List<Integer> listed(String user) throws Exception {
        return api.read(api.get(user, "/api/v1/citizen-opinions?size=200").andExpect(status().isOk()), "$.items[*].id");
    }

    @Test
    void aStudioMemberSeesOnlyTheirStudiosOpinionsAndActsInTheirOwnName() throws Exception {
        long mine = received(studio, "小区路灯不亮");
        long theirs = received(secondStudio, "菜市场排水不畅");
        assertThat(listed("member")).contains((int) mine).doesNotContain((int) theirs);
        assertThat(listed("member2")).contains((int) theirs).doesNotContain((int) mine);
        assertThat(listed("staff")).contains((int) mine, (int) theirs);
        api.get("member2", "/api/v1/citizen-opinions/" + mine).andExpect(status().isNotFound());
        api.get("dc_member", "/api/v1/citizen-opinions/" + mine).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/citizen-opinions/" + mine).andExpect(status().isNotFound());
        api.get("unit", "/api/v1/citizen-opinions").andExpect(status().isForbidden());
        api.post("member2", "/api/v1/citizen-opinions/" + mine + "/reply", "{\"text\":\"越权答复\"}").andExpect(status().isNotFound());
        // in their own name only
        api.post("member", "/api/v1/citizen-opinions/" + mine + "/suggestion",
                "{\"memberId\":" + memberId("member2") + ",\"reply\":\"已转微建议\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("工作室委员只能以本人名义办理"));
        var r = api.post("member", "/api/v1/citizen-opinions/" + mine + "/suggestion", "{\"reply\":\"已转为委员微建议。\"}")
                .andExpect(status().isOk());
        long suggestion = ((Number) api.read(r, "$.suggestionId")).longValue();
        assertThat(jdbc.sql("select member_id from micro_suggestion where id = ?").param(suggestion).query(Long.class).single())
                .isEqualTo(memberId("member"));
        // the studio member sees the citizen's name to call back; the page offers the steps without a member field
        String page = mvc.perform(get("/participation/opinions/" + theirs).session(login(mvc, "member2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("李四", "记录为民办实事", "转为社情民意信息", "转为提案线索").doesNotContain("代为提出的委员编号");
    }

    @Test
    void staffTurnOpinionsIntoAReportAndAProposalClueLinkedBothWays() throws Exception {
        long toReport = received(studio, "农贸市场噪音扰民，建议调整开市时间");
        long toClue = received(studio, "老旧小区停车难，建议统筹建设立体车库");
        api.post("staff", "/api/v1/citizen-opinions/" + toReport + "/report", "{\"reply\":\"已报送\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择报送社情民意信息的委员"));
        api.post("staff", "/api/v1/citizen-opinions/" + toReport + "/report",
                "{\"memberId\":" + memberId("member") + ",\"reply\":\"已报送\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("请选择社情民意信息的分类"));
        var r = api.post("staff", "/api/v1/citizen-opinions/" + toReport + "/report",
                "{\"memberId\":" + memberId("member") + ",\"category\":\"SOCIETY\",\"reply\":\"已作为社情民意信息报送。\"}")
                .andExpect(status().isOk());
        long report = ((Number) api.read(r, "$.id")).longValue();
        assertThat(jdbc.sql("select member_id from opinion_author where report_id = ? and position = 0").param(report).query(Long.class).single())
                .isEqualTo(memberId("member"));
        assertThat(jdbc.sql("select body from opinion_report where id = ?").param(report).query(String.class).single()).contains("农贸市场噪音扰民");
        assertThat(jdbc.sql("select converted_type || ':' || converted_id from citizen_opinion where id = ?").param(toReport)
                .query(String.class).single()).isEqualTo(SubjectType.OPINION_REPORT.name() + ":" + report);
        assertThat(jdbc.sql("select count(*) from timeline_entry where subject_type = ? and subject_id = ? and action = '由群众意见建议转来'")
                .params(SubjectType.OPINION_REPORT.name(), report).query(Long.class).single()).isEqualTo(1);
        api.post("staff", "/api/v1/citizen-opinions/" + toReport + "/clue",
                "{\"memberId\":" + memberId("member") + ",\"category\":\"SOCIETY\",\"reply\":\"x\"}").andExpect(status().isConflict());

        var c = mvc.perform(post("/participation/opinions/" + toClue + "/clue").param("memberId", String.valueOf(memberId("member")))
                .param("category", "SOCIETY").param("reply", "已作为提案线索交委员研究。").session(login(mvc, "staff")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long proposal = jdbc.sql("select converted_id from citizen_opinion where id = ?").param(toClue).query(Long.class).single();
        assertThat(jdbc.sql("select status || ':' || lead_member_id from proposal where id = ?").param(proposal).query(String.class).single())
                .isEqualTo("DRAFT:" + memberId("member"));
        // the draft is in the member's drafting area, theirs to finish
        api.get("member", "/api/v1/proposals/" + proposal).andExpect(status().isOk());
        assertThat(c.andReturn().getFlashMap().values().toString()).contains("已转为提案线索");
    }

    @Test
    void aDeedWithEvidenceIsListedForItsStudioCountedAndInTheMembersRecord() throws Exception {
        long deedsBefore = ((Number) api.read(api.get("staff", "/api/v1/citizen-opinions/statistics"), "$.deeds")).longValue();
        var created = mvc.perform(multipart("/api/v1/studio-deeds")
                        .file(new MockMultipartFile("evidence", "现场照片.png", "image/png", PNG))
                        .param("title", "协调修复和平社区破损路面").param("beneficiary", "和平社区居民")
                        .param("happenedOn", TODAY.minusDays(3).toString()).param("detail", "联系住建部门，三天内修复。")
                        .header("Authorization", "Bearer " + api.token("member")))
                .andExpect(status().isCreated()).andReturn();
        long deed = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        var detail = api.get("member", "/api/v1/studio-deeds/" + deed).andExpect(status().isOk());
        assertThat(api.<String>read(detail, "$.happenedOn")).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(api.<Number>read(detail, "$.studioId").longValue()).isEqualTo(studio);
        long file = api.<Number>read(detail, "$.evidence[0].id").longValue();
        api.get("member", "/api/v1/studio-deeds/" + deed + "/evidence/" + file).andExpect(status().isOk());
        api.get("member2", "/api/v1/studio-deeds/" + deed).andExpect(status().isNotFound());
        api.get("member2", "/api/v1/studio-deeds/" + deed + "/evidence/" + file).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/studio-deeds/" + deed).andExpect(status().isNotFound());
        List<Integer> staffList = api.read(api.get("staff", "/api/v1/studio-deeds?studioId=" + studio + "&size=200"), "$.items[*].id");
        assertThat(staffList).contains((int) deed);
        List<Integer> otherStudio = api.read(api.get("member2", "/api/v1/studio-deeds?size=200"), "$.items[*].id");
        assertThat(otherStudio).doesNotContain((int) deed);
        assertThat(((Number) api.read(api.get("staff", "/api/v1/citizen-opinions/statistics"), "$.deeds")).longValue())
                .isEqualTo(deedsBefore + 1);
        // the annual account counts it, and its drill-down lists it
        List<Number> annual = api.read(api.get("staff", "/api/v1/reports/annual?year=" + TODAY.getYear()),
                "$.people[?(@.code == 'STUDIO_WORK:DEEDS')].value");
        assertThat(annual).hasSize(1);
        List<String> listedDeeds = api.read(api.get("staff", "/api/v1/reports/annual/records?size=200&year=" + TODAY.getYear()
                + "&figure=STUDIO_WORK:DEEDS"), "$.items[*].link");
        assertThat(listedDeeds).contains("/participation/deeds/" + deed).hasSize(annual.getFirst().intValue());
        Listeners.settled(jdbc, "performance");
        assertThat(jdbc.sql("select count(*) from performance_entry where member_id = ? and kind = 'PUBLIC_SERVICE' and source_type = ? and source_id = ?")
                .params(memberId("member"), SubjectType.STUDIO_DEED.name(), deed).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDeedAnswersACitizensOpinionAndTheCitizenReadsIt() throws Exception {
        long id = received(secondStudio, "楼道堆放杂物，存在消防隐患");
        var r = api.post("member2", "/api/v1/citizen-opinions/" + id + "/deed", """
                {"title":"组织清理楼道杂物","beneficiary":"幸福里3号楼居民","happenedOn":"%s"}""".formatted(TODAY)).andExpect(status().isOk());
        long deed = ((Number) api.read(r, "$.id")).longValue();
        assertThat(jdbc.sql("select status || ':' || converted_type || ':' || converted_id || ':' || reply from citizen_opinion where id = ?")
                .param(id).query(String.class).single())
                .isEqualTo("CONVERTED:" + SubjectType.STUDIO_DEED.name() + ":" + deed + ":您反映的问题已办理：组织清理楼道杂物");
        assertThat(jdbc.sql("select citizen_opinion_id from studio_deed where id = ?").param(deed).query(Long.class).single()).isEqualTo(id);
        api.post("member2", "/api/v1/citizen-opinions/" + id + "/deed", """
                {"title":"再办一次","beneficiary":"居民","happenedOn":"%s"}""".formatted(TODAY)).andExpect(status().isConflict());
    }

    @Test
    void badDeedsAreRefusedFieldByFieldInChinese() throws Exception {
        long before = jdbc.sql("select count(*) from studio_deed").query(Long.class).single();
        String body = api.post("member", "/api/v1/studio-deeds", """
                {"title":"","beneficiary":"%s","happenedOn":"%s"}""".formatted("长".repeat(201), TODAY.plusDays(1)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("请填写办理的实事", "请填写为谁办理", "不能晚于今天");
        api.post("staff", "/api/v1/studio-deeds", """
                {"title":"送医上门","beneficiary":"独居老人","happenedOn":"%s"}""".formatted(TODAY))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择委员工作室"));
        api.post("staff", "/api/v1/studio-deeds", """
                {"studioId":%d,"memberId":%d,"title":"送医上门","beneficiary":"独居老人","happenedOn":"%s"}"""
                .formatted(studio, memberId("member2"), TODAY)).andExpect(status().isUnprocessableContent());
        api.post("member", "/api/v1/studio-deeds", """
                {"studioId":%d,"title":"送医上门","beneficiary":"独居老人","happenedOn":"%s"}""".formatted(secondStudio, TODAY))
                .andExpect(status().isForbidden());
        api.post("correspondent", "/api/v1/studio-deeds", """
                {"title":"送医上门","beneficiary":"独居老人","happenedOn":"%s"}""".formatted(TODAY)).andExpect(status().isForbidden());
        api.post("unit", "/api/v1/studio-deeds", "{}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from studio_deed").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStudioMayTurnPreModerationOffForItsOwnOpinions() throws Exception {
        assertThat(jdbc.sql("select status from citizen_opinion where id = ?").param(left(secondStudio, "公园健身器材损坏"))
                .query(String.class).single()).isEqualTo("HELD");
        put("member2", "/api/v1/studios/" + secondStudio + "/pre-moderation", "{\"preModeration\":false}").andExpect(status().isForbidden());
        put("dc_staff", "/api/v1/studios/" + secondStudio + "/pre-moderation", "{\"preModeration\":false}").andExpect(status().isNotFound());
        put("staff", "/api/v1/studios/" + secondStudio + "/pre-moderation", "{\"preModeration\":false}").andExpect(status().isOk());
        try {
            assertThat(jdbc.sql("select status from citizen_opinion where id = ?").param(left(secondStudio, "公园健身器材又坏了"))
                    .query(String.class).single()).isEqualTo("RECEIVED");
            assertThat(jdbc.sql("select status from citizen_opinion where id = ?").param(left(studio, "别的工作室照常先审"))
                    .query(String.class).single()).isEqualTo("HELD");
            List<Boolean> applies = api.read(api.get("staff", "/api/v1/studios/pre-moderation"),
                    "$[?(@.studioId == " + secondStudio + ")].applies");
            assertThat(applies).containsExactly(false);
        } finally {
            mvc.perform(post("/participation/studio-moderation/" + secondStudio).param("choice", "COMMITTEE")
                    .session(login(mvc, "staff")).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select status from citizen_opinion where id = ?").param(left(secondStudio, "恢复先审"))
                .query(String.class).single()).isEqualTo("HELD");
    }

    @Test
    void thePosterComesAsAPdfWithTheStudiosNameInChinese() throws Exception {
        var r = mvc.perform(get("/public/shili/studios/" + studio + "/poster.pdf")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        String name = jdbc.sql("select name from org_unit where id = ?").param(studio).query(String.class).single();
        try (var pdf = Loader.loadPDF(r.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(name, "扫码反映问题、提出意见建议", "示例市政协公开门户");
        }
        mvc.perform(get("/public/dongcheng/studios/" + studio + "/poster.pdf")).andExpect(status().isNotFound());
    }
}
