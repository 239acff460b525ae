package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.internal.FigureSummaries;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * A paper proposal typed days or months after it was handed in keeps the day it was received: staff give it, it places
 * the proposal in that day's session and counts it in that year (statistics, system summaries, performance records),
 * and both dates are kept, shown and audited. Never in the future, never before the term; members hand in today.
 */
@IntegrationTest
class ProposalDateReceivedTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProposalHeadlines headlines;
    @Autowired
    FigureSummaries summaries;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long committee() {
        return jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    ResultActions draft(String user, String title, Long lead, LocalDate receivedOn) throws Exception {
        return api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","body":"情况、分析和具体建议","category":"SOCIETY",
                 "publishable":true%s%s}""".formatted(UUID.randomUUID(), title, lead == null ? "" : ",\"leadMemberId\":" + lead,
                receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\""));
    }

    long submittedOnBehalf(String title, LocalDate receivedOn) throws Exception {
        long id = ((Number) api.read(draft("staff", title, memberId("member"), receivedOn).andExpect(status().isCreated()),
                "$.proposal.id")).longValue();
        api.post("staff", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    long received(int year) {
        long c = committee();
        return headlines.of(List.of(c), new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).get(c).received();
    }

    long summarised(int year) {
        long c = committee();
        return summaries.year(List.of(c), year).get(c).getOrDefault(Figure.PROPOSALS_RECEIVED, 0L);
    }

    @Test
    void aProposalEnteredTodayWithADateOfLastYearLandsInThatDaysSessionAndYear() throws Exception {
        LocalDate handedIn = LocalDate.of(2025, 6, 15); // after the third session (opened 2025-01-10), before the fourth's window
        int thisYear = LocalDate.now(ZONE).getYear();
        long before = received(2025);
        long beforeThisYear = received(thisYear);
        long summaryBefore = summarised(2025);

        long id = submittedOnBehalf("关于纸质提案补录的建议", handedIn);

        var row = jdbc.sql("""
                select p.received_on, (p.submitted_at at time zone 'Asia/Shanghai')::date as counted_on,
                       (p.created_at at time zone 'Asia/Shanghai')::date as entered_on, p.session_proposal, s.opening_date
                  from proposal p join plenary_session s on s.id = p.session_id where p.id = ?""").param(id).query().singleRow();
        assertThat(row.get("received_on")).hasToString("2025-06-15");
        assertThat(row.get("counted_on")).hasToString("2025-06-15");
        assertThat(row.get("entered_on")).hasToString(LocalDate.now(ZONE).toString());
        assertThat(row.get("opening_date")).hasToString("2025-01-10");
        assertThat(row.get("session_proposal")).isEqualTo(false);

        assertThat(received(2025)).isEqualTo(before + 1);
        assertThat(received(thisYear)).isEqualTo(beforeThisYear);
        awaitListeners("rollup");
        assertThat(summarised(2025)).isEqualTo(summaryBefore + 1);
        awaitListeners("performance");
        assertThat(jdbc.sql("select distinct happened_on from performance_entry where source_type = ? and source_id = ?")
                .params(SubjectType.PROPOSAL.name(), id).query(LocalDate.class).list()).containsExactly(handedIn);
    }

    @Test
    void aProposalWithLastMonthsDateIsCountedOnThatDay() throws Exception {
        LocalDate lastMonth = LocalDate.now(ZONE).minusMonths(1);
        long before = received(lastMonth.getYear());
        long id = submittedOnBehalf("上月收到的提案", lastMonth);
        assertThat(jdbc.sql("select (submitted_at at time zone 'Asia/Shanghai')::date from proposal where id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(lastMonth);
        assertThat(received(lastMonth.getYear())).isEqualTo(before + 1);
        // the session whose window holds that day: opened by then, or within its lead months
        assertThat(jdbc.sql("""
                select s.opening_date from proposal p join plenary_session s on s.id = p.session_id where p.id = ?""")
                .param(id).query(LocalDate.class).single()).isBeforeOrEqualTo(lastMonth.plusMonths(3));
    }

    @Test
    void aFutureDateIsRefusedAndNothingChanges() throws Exception {
        long proposals = jdbc.sql("select count(*) from proposal").query(Long.class).single();
        long audits = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        var refused = draft("staff", "明天才收到的提案", memberId("member"), LocalDate.now(ZONE).plusDays(1))
                .andExpect(status().isUnprocessableContent());
        assertThat(refused.andReturn().getResponse().getContentAsString()).contains("收到日期不能晚于今天");
        assertThat(jdbc.sql("select count(*) from proposal").query(Long.class).single()).isEqualTo(proposals);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(audits);
    }

    @Test
    void aDateBeforeTheTermIsRefused() throws Exception {
        var refused = draft("staff", "上届的提案", memberId("member"), LocalDate.of(2022, 12, 31)).andExpect(status().isUnprocessableContent());
        assertThat(refused.andReturn().getResponse().getContentAsString()).contains("早于本届开始日期");
    }

    @Test
    void aMemberHandsInTodayAndCannotChooseTheDate() throws Exception {
        draft("member", "委员自选日期", null, LocalDate.now(ZONE).minusDays(3)).andExpect(status().isUnprocessableContent());
        long id = ((Number) api.read(draft("member", "委员当天提交", null, null).andExpect(status().isCreated()), "$.proposal.id"))
                .longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        assertThat(jdbc.sql("select received_on from proposal where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now(ZONE));
    }

    @Test
    void theLeadMemberRevisingAStaffEnteredDraftKeepsTheDateStaffGave() throws Exception {
        LocalDate handedIn = LocalDate.now(ZONE).minusDays(6);
        long id = ((Number) api.read(draft("staff", "委员修改代录的草稿", memberId("member"), handedIn).andExpect(status().isCreated()),
                "$.proposal.id")).longValue();
        String revised = """
                {"version":%d,"data":{"kind":"INDIVIDUAL","title":"委员修改代录的草稿（改）","body":"修改后的正文","category":"SOCIETY",
                 "publishable":true%s}}""";
        put("member", "/api/v1/proposals/" + id, revised.formatted(version(id), ",\"receivedOn\":\"" + handedIn.minusDays(1) + "\""))
                .andExpect(status().isUnprocessableContent());
        put("member", "/api/v1/proposals/" + id, revised.formatted(version(id), "")).andExpect(status().isOk());
        assertThat(jdbc.sql("select received_on from proposal where id = ?").param(id).query(LocalDate.class).single()).isEqualTo(handedIn);
    }

    ResultActions put(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + api.token(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    int version(long id) {
        return jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void bothDatesAreShownOnThePageAndAudited() throws Exception {
        LocalDate handedIn = LocalDate.now(ZONE).minusDays(10);
        long id = submittedOnBehalf("两个日期都保留的提案", handedIn);
        String html = mvc.perform(get("/proposals/" + id).session(Logins.login(mvc, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("收到日期").contains(handedIn.toString()).contains("工作人员代为录入，录入于 " + LocalDate.now(ZONE));
        assertThat(jdbc.sql("select action || '|' || detail from audit_log where target_type = ? and target_id = ? order by id")
                .params(SubjectType.PROPOSAL.name(), String.valueOf(id)).query(String.class).list())
                .containsExactly("代为录入提案|收到日期 " + handedIn + "，录入于 " + LocalDate.now(ZONE),
                        "提交代为录入的提案|收到日期 " + handedIn + "，录入于 " + LocalDate.now(ZONE) + "，" + jdbc.sql(
                                "select s.name from proposal p join plenary_session s on s.id = p.session_id where p.id = ?")
                                .param(id).query(String.class).single());
    }

    @Test
    void thePageFormTakesTheSameDateWithTheSameRules() throws Exception {
        var staff = Logins.login(mvc, "staff");
        LocalDate handedIn = LocalDate.now(ZONE).minusDays(4);
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/proposals").session(staff).with(csrf()).param("requestKey", key).param("kind", "INDIVIDUAL")
                        .param("title", "页面补录的纸质提案").param("body", "情况、分析和具体建议").param("category", "SOCIETY")
                        .param("leadMemberId", String.valueOf(memberId("member"))).param("receivedOn", handedIn.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select received_on from proposal where request_key = ?").param(key).query(LocalDate.class).single())
                .isEqualTo(handedIn);
        String refusedKey = UUID.randomUUID().toString();
        String html = mvc.perform(post("/proposals").session(staff).with(csrf()).param("requestKey", refusedKey).param("kind", "INDIVIDUAL")
                        .param("title", "页面填了未来日期").param("body", "正文").param("category", "SOCIETY")
                        .param("leadMemberId", String.valueOf(memberId("member")))
                        .param("receivedOn", LocalDate.now(ZONE).plusDays(1).toString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("收到日期不能晚于今天");
        assertThat(jdbc.sql("select count(*) from proposal where request_key = ?").param(refusedKey).query(Long.class).single()).isZero();
    }

    /** Waits until the module's listeners have handled every published event. */
    void awaitListeners(String module) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
                    .param("%" + module + "%").query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the " + module + " listeners did not finish");
    }
}
