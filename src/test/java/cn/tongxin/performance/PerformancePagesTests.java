package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.account.RunAs;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** 我的履职, a member's record, the term and the ranking pages: who may open them, and the figures they show. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformancePagesTests {

    static final int YEAR = 2042;
    private static final Pattern CATEGORY = Pattern.compile(
            "data-category=\"(\\w+)\">\\s*<span>[^<]*</span>\\s*<span><strong class=\"perf-category-points\">([-0-9.]+)</strong>");
    private static final Pattern TOTAL = Pattern.compile("id=\"perf-total\">([-0-9.]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    PointsRules rules;
    @Autowired
    Recorder recorder;
    @Autowired
    Scores scores;

    final Map<String, MockHttpSession> sessions = new HashMap<>();
    long member;
    long member2;
    long someone;

    @BeforeAll
    void aRecordWithSeveralCategories() {
        var fx = new PerformanceFixture(jdbc, runAs, rules, recorder, scores);
        fx.baseAndDeduct(YEAR);
        member = fx.demoMember("member");
        member2 = fx.demoMember("member2");
        someone = fx.plainMembers(40, 1).getFirst();
        LocalDate day = LocalDate.of(YEAR, 2, 10);
        fx.record(List.of(
                fx.fact(someone, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL),
                fx.fact(someone, day.plusDays(1), FactKind.EXCUSED, "STANDING_COMMITTEE", MemberRole.INDIVIDUAL),
                fx.fact(someone, day.plusDays(2), FactKind.PROPOSAL_SUBMITTED, null, MemberRole.LEAD),
                fx.fact(someone, day.plusDays(3), FactKind.REPORT_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(someone, day.plusDays(4), FactKind.ATTENDED, "RESEARCH", MemberRole.INDIVIDUAL),
                fx.fact(member, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL)));
    }

    String name(long memberId) {
        return jdbc.sql("select name from member where id = ?").param(memberId).query(String.class).single();
    }

    int statusOf(String user, String path) throws Exception {
        return mvc.perform(get(path).session(session(user))).andReturn().getResponse().getStatus();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(session(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpSession session(String user) throws Exception {
        MockHttpSession s = sessions.get(user);
        if (s == null) {
            s = Logins.login(mvc, user);
            sessions.put(user, s);
        }
        return s;
    }

    @Test
    void aMemberSeesTheirOwnRecordAndNoOneElses() throws Exception {
        assertThat(page("member", "/performance/me?year=" + YEAR)).contains("我的履职", "出席（全体会议）");
        assertThat(statusOf("member", "/performance/members/" + member + "?year=" + YEAR)).isEqualTo(200);
        assertThat(statusOf("member", "/performance/members/" + member + "/term")).isEqualTo(200);
        assertThat(statusOf("member", "/performance/members/" + member2 + "?year=" + YEAR)).isEqualTo(404);
        assertThat(statusOf("member", "/performance/members/" + someone + "/term")).isEqualTo(404);
    }

    @Test
    void staffAndLeadersSeeEveryMemberOfTheirCommitteeAndNoOtherCommittees() throws Exception {
        for (String user : List.of("staff", "leader", "admin")) {
            assertThat(statusOf(user, "/performance/members/" + someone + "?year=" + YEAR)).as(user).isEqualTo(200);
            assertThat(statusOf(user, "/performance/members/" + someone + "/term")).as(user).isEqualTo(200);
        }
        assertThat(statusOf("dc_staff", "/performance/members/" + someone + "?year=" + YEAR)).isEqualTo(404);
        assertThat(statusOf("dc_staff", "/performance/members/" + someone + "/term")).isEqualTo(404);
        assertThat(statusOf("unit", "/performance/members/" + someone + "?year=" + YEAR)).isEqualTo(403);
        assertThat(statusOf("unit", "/performance/me")).isEqualTo(403);
    }

    @Test
    void theRankingFlagsAndExportAreForStaffAndLeadersOnly() throws Exception {
        for (String user : List.of("staff", "leader")) {
            assertThat(page(user, "/performance/ranking?year=" + YEAR)).contains(name(someone), "界别汇总", "等次分布");
            assertThat(page(user, "/performance/flags?year=" + YEAR)).contains("提醒谈话名单", "平台不会据此改变");
            assertThat(mvc.perform(get("/performance/ranking.xlsx?year=" + YEAR).session(session(user))).andReturn()
                    .getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        }
        for (String user : List.of("member", "unit")) {
            assertThat(statusOf(user, "/performance/ranking")).as(user).isEqualTo(403);
            assertThat(statusOf(user, "/performance/flags")).as(user).isEqualTo(403);
            assertThat(statusOf(user, "/performance/ranking.xlsx")).as(user).isEqualTo(403);
        }
        assertThat(page("dc_staff", "/performance/ranking?year=" + YEAR)).doesNotContain("data-member=\"" + someone + "\"");
    }

    @Test
    void theCategoriesOnThePageAddUpToTheTotal() throws Exception {
        String html = page("staff", "/performance/members/" + someone + "?year=" + YEAR);
        Matcher total = TOTAL.matcher(html);
        assertThat(total.find()).isTrue();
        BigDecimal sum = BigDecimal.ZERO;
        int categories = 0;
        Matcher m = CATEGORY.matcher(html);
        while (m.find()) {
            sum = sum.add(new BigDecimal(m.group(2)));
            categories++;
        }
        assertThat(categories).isGreaterThanOrEqualTo(3);
        assertThat(sum).isEqualByComparingTo(new BigDecimal(total.group(1)));
        // base-and-deduct: plenary 50, standing committee leave −2, proposal 10, report 10, research 2
        assertThat(new BigDecimal(total.group(1))).isEqualByComparingTo("70");
    }

    @Test
    void everyPointLinksToItsRuleAndEveryEntryToItsSource() throws Exception {
        String html = page("staff", "/performance/members/" + someone + "?year=" + YEAR);
        Matcher anchors = Pattern.compile("href=\"#rule-(\\w+)\"").matcher(html);
        int links = 0;
        while (anchors.find()) {
            assertThat(html).contains("id=\"rule-" + anchors.group(1) + "\"");
            links++;
        }
        assertThat(links).isEqualTo(5);
        assertThat(Pattern.compile("class=\"perf-entry-link\" href=\"/(activities|proposals|opinions)/\\d+\"").matcher(html).results().count())
                .isEqualTo(5);
        assertThat(html).contains("年度最低要求", "本届各年度");
    }

    @Test
    void previousYearsAreLinked() throws Exception {
        String html = page("member", "/performance/me");
        assertThat(html).contains("/performance/me?year=" + YEAR);
    }
}
