package cn.tongxin.performance.dutyreport;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Duty reports through the API (and the page where the page has its own rule): each test uses its own year. */
@IntegrationTest
class DutyReportTests {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long open(String user, int year) throws Exception {
        var r = api.post(user, "/api/v1/duty-reports", "{\"year\":" + year + "}").andExpect(status().isOk());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    int version(String user, long id) throws Exception {
        return api.read(api.get(user, "/api/v1/duty-reports/" + id).andExpect(status().isOk()), "$.version");
    }

    ResultActions write(String user, long id, int version, String summary) throws Exception {
        return mvc.perform(put("/api/v1/duty-reports/" + id).header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":%d,\"summary\":\"%s\",\"plans\":\"继续深入调研\"}".formatted(version, summary)));
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    @Test
    void aReportGoesFromDraftThroughReturnToPublicationAndOthersReadItOnlyThen() throws Exception {
        int year = THIS_YEAR - 1;
        long id = open("member", year);
        assertThat(open("member", year)).as("one report per member and year").isEqualTo(id);
        write("member", id, version("member", id), "本年度共参加活动若干次").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.figuresFrozen").value(false));
        api.get("member2", "/api/v1/duty-reports/" + id).andExpect(status().isNotFound());

        api.post("member", "/api/v1/duty-reports/" + id + "/submit", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.figuresFrozen").value(true));
        api.post("staff", "/api/v1/duty-reports/" + id + "/return", "{\"reason\":\"\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("请填写退回修改的理由"));
        api.post("staff", "/api/v1/duty-reports/" + id + "/return", "{\"reason\":\"请补充调研情况\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED")).andExpect(jsonPath("$.returnReason").value("请补充调研情况"));
        write("member", id, version("member", id), "本年度共参加活动若干次，并就养老服务开展调研").andExpect(status().isOk());
        api.post("member", "/api/v1/duty-reports/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/duty-reports/" + id + "/publish", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该履职报告当前状态为“已提交”，不能公开"));
        api.post("staff", "/api/v1/duty-reports/" + id + "/accept", null).andExpect(status().isOk());
        api.get("member2", "/api/v1/duty-reports/" + id).andExpect(status().isNotFound());
        assertThat((List<?>) api.read(api.get("member2", "/api/v1/duty-reports?year=" + year), "$.items[?(@.id == " + id + ")]")).isEmpty();

        api.post("staff", "/api/v1/duty-reports/" + id + "/publish", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        api.get("member2", "/api/v1/duty-reports/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("本年度共参加活动若干次，并就养老服务开展调研"))
                .andExpect(jsonPath("$.actions").isEmpty());
        assertThat((List<?>) api.read(api.get("member2", "/api/v1/duty-reports?year=" + year), "$.items[?(@.id == " + id + ")]")).hasSize(1);
        api.get("member2", "/api/v1/duty-reports/" + id + ".docx").andExpect(status().isOk());
        var steps = jdbc.sql("select action from timeline_entry where subject_type = ? and subject_id = ? order by id")
                .params(cn.tongxin.shared.SubjectType.DUTY_REPORT.name(), id).query(String.class).list();
        assertThat(steps).containsExactly("起草", "提交", "退回修改", "修改后重新提交", "审核通过", "公开");
    }

    @Test
    void onlyItsMemberSeesADraftUnitsAreRefusedAndOtherCommitteesSeeNothing() throws Exception {
        int year = THIS_YEAR - 2;
        long id = open("member", year);
        api.get("member", "/api/v1/duty-reports/" + id).andExpect(status().isOk());
        api.get("member2", "/api/v1/duty-reports/" + id).andExpect(status().isNotFound());
        api.get("member2", "/api/v1/duty-reports/" + id + ".docx").andExpect(status().isNotFound());
        write("member2", id, 0, "冒名修改").andExpect(status().isNotFound());
        api.get("staff", "/api/v1/duty-reports/" + id).andExpect(status().isNotFound());
        api.get("unit", "/api/v1/duty-reports/" + id).andExpect(status().isForbidden());
        api.get("unit", "/api/v1/duty-reports?year=" + year).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/duty-reports/" + id).andExpect(status().isNotFound());
        write("member", id, version("member", id), "去年履职情况").andExpect(status().isOk());
        api.post("member", "/api/v1/duty-reports/" + id + "/submit", null).andExpect(status().isOk());
        api.get("staff", "/api/v1/duty-reports/" + id).andExpect(status().isOk());
        api.get("dc_staff", "/api/v1/duty-reports/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/duty-reports/" + id + "/accept", null).andExpect(status().isNotFound());
        api.post("member", "/api/v1/duty-reports/" + id + "/accept", null).andExpect(status().isForbidden());
        api.post("staff", "/api/v1/duty-reports", "{\"year\":" + year + "}").andExpect(status().isForbidden());
        api.post("member", "/api/v1/duty-reports", "{\"year\":" + (THIS_YEAR + 1) + "}").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aStaleVersionIsAConflictAndThePageKeepsTheTypedText() throws Exception {
        int year = THIS_YEAR - 3;
        long id = open("member", year);
        int read = version("member", id);
        write("member", id, read, "第一次保存").andExpect(status().isOk());
        write("member", id, read, "另一个窗口的旧稿").andExpect(status().isConflict());
        mvc.perform(post("/duty-reports/" + id).session(login(mvc, "member")).with(csrf())
                        .param("version", String.valueOf(read)).param("summary", "页面上刚打的字").param("plans", ""))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面上刚打的字")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已在别处修改")));
        mvc.perform(post("/duty-reports/" + id).session(login(mvc, "member")).with(csrf())
                        .param("version", String.valueOf(version("member", id))).param("summary", "字".repeat(10001)).param("plans", "打算"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("打算")));
        assertThat((String) api.read(api.get("member", "/api/v1/duty-reports/" + id), "$.summary")).isEqualTo("第一次保存");
        // submitted from another tab: the refused text is still shown, to be copied
        api.post("member", "/api/v1/duty-reports/" + id + "/submit", null).andExpect(status().isOk());
        mvc.perform(post("/duty-reports/" + id).session(login(mvc, "member")).with(csrf())
                        .param("version", String.valueOf(version("member", id))).param("summary", "提交后才打的字").param("plans", ""))
                .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("提交后才打的字")));
    }

    @Test
    void theDocxCarriesTheMemberTheGradeAndTheFigures() throws Exception {
        long id = open("member", THIS_YEAR);
        write("member", id, version("member", id), "履职总结正文\\n第二段").andExpect(status().isOk());
        var view = api.get("member", "/api/v1/duty-reports/" + id);
        String name = api.read(view, "$.figures.memberName");
        String grade = api.read(view, "$.figures.grade");
        String ruleSet = api.read(view, "$.figures.ruleSetName");
        String total = new java.math.BigDecimal(api.read(view, "$.figures.total").toString()).stripTrailingZeros().toPlainString();
        byte[] docx = api.get("member", "/api/v1/duty-reports/" + id + ".docx").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains(THIS_YEAR + "年度委员履职报告", name, grade, ruleSet, total, "履职总结正文", "第二段",
                "提案（", "下一步打算", "继续深入调研").doesNotContain("{{", "[label]");
        // the page door gives the same document
        mvc.perform(get("/duty-reports/" + id + ".docx").session(login(mvc, "member"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void staffSeeStandingMembersWithoutASubmittedReportOnly() throws Exception {
        int year = THIS_YEAR - 4;
        long member = memberId("member");
        long member2 = memberId("member2");
        jdbc.sql("update member set standing = true where id in (?, ?)").params(member, member2).update();
        try {
            long id = open("member", year);
            write("member", id, version("member", id), "常委履职情况").andExpect(status().isOk());
            open("member2", year);
            List<Integer> before = api.read(api.get("staff", "/api/v1/duty-reports/missing?year=" + year)
                    .andExpect(jsonPath("$.required").value(true)), "$.members[*].memberId");
            assertThat(before).as("a draft is not handed in").contains((int) member, (int) member2);
            api.post("member", "/api/v1/duty-reports/" + id + "/submit", null).andExpect(status().isOk());
            List<Integer> after = api.read(api.get("staff", "/api/v1/duty-reports/missing?year=" + year), "$.members[*].memberId");
            assertThat(after).contains((int) member2).doesNotContain((int) member);
            mvc.perform(get("/duty-reports/missing?year=" + year).session(login(mvc, "staff"))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            jdbc.sql("select name from member where id = ?").param(member2).query(String.class).single())));
            api.get("member", "/api/v1/duty-reports/missing?year=" + year).andExpect(status().isForbidden());
        } finally {
            jdbc.sql("update member set standing = false where id in (?, ?)").params(member, member2).update();
        }
    }
}
