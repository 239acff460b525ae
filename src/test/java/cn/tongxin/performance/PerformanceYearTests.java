package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.account.RunAs;
import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * A year driven through the real modules — a joint proposal filed and made key, one not filed, an opinion report
 * issued, adopted by the province and instructed, a plenary and a standing-committee meeting with leave and absence
 * (one absence corrected after archiving), a speech and a research report, an award — then each member's entries
 * and totals against both default rule sets by hand; publishing another set recomputes; a replay from the source
 * records gives the same entries and the same results.
 */
@IntegrationTest
class PerformanceYearTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    Scores scores;
    @Autowired
    RunAs runAs;
    Api api;
    long committee;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        committee = jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
        year = LocalDate.now(ZONE).getYear();
    }

    @Test
    void aYearThroughTheModulesGivesTheHandComputedRecord() throws Exception {
        long a = member("perf_a", "履职甲");
        long b = member("perf_b", "履职乙");
        long c = member("perf_c", "履职丙");

        // P1: a leads, b and c co-sign; filed, assigned and made key
        long p1 = proposal("perf_a", "关于完善社区养老服务的提案");
        api.post("perf_a", "/api/v1/proposals/" + p1 + "/invitations", "{\"memberIds\":[%d,%d]}".formatted(b, c)).andExpect(status().isOk());
        api.post("perf_b", "/api/v1/proposals/" + p1 + "/cosign", "{\"confirm\":true}").andExpect(status().isOk());
        api.post("perf_c", "/api/v1/proposals/" + p1 + "/cosign", "{\"confirm\":true}").andExpect(status().isOk());
        api.post("perf_a", "/api/v1/proposals/" + p1 + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + p1 + "/file", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + p1 + "/key", "{\"leaders\":[\"张主席\"]}").andExpect(status().isOk());
        // P2: b alone, not filed
        long p2 = proposal("perf_b", "关于增设路灯的提案");
        api.post("perf_b", "/api/v1/proposals/" + p2 + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + p2 + "/reject", "{\"reason\":\"VAGUE\"}").andExpect(status().isOk());

        // R1: a's report, accepted, issued, adopted by the province and instructed by a city leader
        var r = api.post("perf_a", "/api/v1/opinions", """
                {"requestKey":"%s","title":"关于老旧小区加装电梯的建议","body":"群众反映强烈","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long report = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        long item = ((Number) api.read(api.post("staff", "/api/v1/opinion-items",
                "{\"reportIds\":[" + report + "],\"title\":\"老旧小区加装电梯\",\"text\":\"编辑稿\"}"), "$.itemId")).longValue();
        long bulletin = ((Number) api.read(api.post("staff", "/api/v1/bulletins", "{\"title\":\"专报\",\"recipients\":\"市委、市政府\"}"), "$.id"))
                .longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + item + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + item + "/adoptions", "{\"level\":\"PROVINCIAL_CPPCC\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + item + "/instructions",
                "{\"leader\":\"王市长\",\"level\":\"CITY\",\"text\":\"请住建局研究\",\"instructedOn\":\"%s\"}".formatted(LocalDate.now(ZONE))).andExpect(status().isOk());

        // the plenary: a present, b on approved leave, c absent at archiving
        long plenary = activity("PLENARY", "全体会议", a, b, c);
        api.post("perf_b", "/api/v1/activities/" + plenary + "/leave", "{\"reason\":\"出差\"}").andExpect(status().isOk());
        ended(plenary);
        api.post("staff", "/api/v1/activities/" + plenary + "/attendance/" + a, null).andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + plenary + "/leave/" + b, "{\"approve\":true}").andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + plenary + "/close", null).andExpect(status().isOk());
        // the standing committee: b on leave, c absent
        long standing = activity("STANDING_COMMITTEE", "常委会议", b, c);
        api.post("perf_b", "/api/v1/activities/" + standing + "/leave", "{\"reason\":\"住院\"}").andExpect(status().isOk());
        ended(standing);
        api.post("staff", "/api/v1/activities/" + standing + "/leave/" + b, "{\"approve\":true}").andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + standing + "/close", null).andExpect(status().isOk());
        // research: a present with a speech; a and c write the research report
        long research = activity("RESEARCH", "养老服务调研", a);
        ended(research);
        api.post("staff", "/api/v1/activities/" + research + "/attendance/" + a, null).andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + research + "/outputs", """
                {"kind":"SPEECH_ORAL","title":"座谈发言","authorIds":[%d]}""".formatted(a)).andExpect(status().isCreated());
        api.post("staff", "/api/v1/activities/" + research + "/outputs", """
                {"kind":"RESEARCH_REPORT","title":"养老服务调研报告","authorIds":[%d,%d]}""".formatted(a, c)).andExpect(status().isCreated());
        api.post("staff", "/api/v1/activities/" + research + "/close", null).andExpect(status().isOk());

        // an award: a is 反映社情民意信息先进, proposed from the record
        settled();
        long campaign = ((Number) api.read(api.post("staff", "/api/v1/awards",
                "{\"year\":%d,\"kind\":\"OPINION_ADVANCED\",\"title\":\"年度反映社情民意信息先进\"}".formatted(year))
                .andExpect(status().isCreated()), "$.id")).longValue();
        api.post("staff", "/api/v1/awards/" + campaign + "/open", null).andExpect(status().isOk());
        // a is proposed from the record (the issued and adopted report); nominating a again is refused
        api.post("staff", "/api/v1/awards/" + campaign + "/nominations", "{\"memberId\":%d,\"reason\":\"信息被省政协采用\"}".formatted(a))
                .andExpect(status().isConflict());
        long candidate = jdbc.sql("select id from award_candidate where campaign_id = ? and ? = any(member_ids) and origin = 'RECORDS'")
                .params(campaign, a).query(Long.class).single();
        api.post("staff", "/api/v1/awards/" + campaign + "/review", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/awards/" + campaign + "/decision", "{\"winnerIds\":[%d]}".formatted(candidate)).andExpect(status().isOk());
        api.post("staff", "/api/v1/awards/" + campaign + "/publication", null).andExpect(status().isOk());
        settled();

        // c's absence from the plenary, before and after the correction
        assertThat(score(DefaultRuleSets.baseAndDeduct(), c).flags()).contains(Flag.PLENARY_ABSENCE);
        api.post("staff", "/api/v1/activities/" + plenary + "/attendance/" + c + "/correction",
                "{\"attendance\":\"EXCUSED\",\"reason\":\"会前已电话请假\"}").andExpect(status().isOk());
        settled();

        assertThat(kinds(a)).containsExactlyInAnyOrder("PROPOSAL_SUBMITTED/LEAD", "PROPOSAL_FILED/LEAD", "PROPOSAL_KEY/LEAD",
                "REPORT_SUBMITTED/INDIVIDUAL", "REPORT_ACCEPTED/INDIVIDUAL", "REPORT_ISSUED/INDIVIDUAL", "REPORT_ADOPTED/INDIVIDUAL",
                "REPORT_INSTRUCTED/INDIVIDUAL", "ATTENDED/INDIVIDUAL", "ATTENDED/INDIVIDUAL", "SPEECH_ORAL/INDIVIDUAL",
                "AUTHORED/INDIVIDUAL", "AWARDED/INDIVIDUAL");
        assertThat(kinds(b)).containsExactlyInAnyOrder("PROPOSAL_SUBMITTED/CO_SIGNER", "PROPOSAL_FILED/CO_SIGNER", "PROPOSAL_KEY/CO_SIGNER",
                "PROPOSAL_SUBMITTED/INDIVIDUAL", "PROPOSAL_NOT_FILED/INDIVIDUAL", "EXCUSED/INDIVIDUAL", "EXCUSED/INDIVIDUAL");
        assertThat(kinds(c)).containsExactlyInAnyOrder("PROPOSAL_SUBMITTED/CO_SIGNER", "PROPOSAL_FILED/CO_SIGNER", "PROPOSAL_KEY/CO_SIGNER",
                "EXCUSED/INDIVIDUAL", "ABSENT/INDIVIDUAL", "AUTHORED/INDIVIDUAL");

        // base-and-deduct — a: 全会 50 + 活动 2 + 提案 10/2 + 15/2 + 社情民意 10 + 5 = 79.5 (称职);
        // b: 提案 10/2/2 + 15/2/2 + 10 = 16.25, 全会请假 30, 常委会请假 −2 → 44.25 (不称职);
        // c: 提案 6.25, 全会请假（更正后）30, 常委会缺席 −5 → 31.25 (不称职)
        expect(DefaultRuleSets.baseAndDeduct(), a, "79.5", "称职", Map.of("PLENARY", "50", "ACTIVITIES", "2", "PROPOSALS", "12.5", "OPINION", "15"));
        expect(DefaultRuleSets.baseAndDeduct(), b, "44.25", "不称职", Map.of("PLENARY", "30", "PROPOSALS", "16.25", "DEDUCTION", "-2"));
        expect(DefaultRuleSets.baseAndDeduct(), c, "31.25", "不称职", Map.of("PLENARY", "30", "PROPOSALS", "6.25", "DEDUCTION", "-5"));
        assertThat(score(DefaultRuleSets.baseAndDeduct(), c).flags()).doesNotContain(Flag.PLENARY_ABSENCE);
        // accumulate — a: 立案 15 + 重点 15; 出席 5 × 2; 编发 5 + 省政协采用 10 + 市领导批示 10; 发言 5 + 调研报告 5; 表彰 10 → 85 (优秀);
        // b: 联名立案 3 + 联名重点 3 → 6; c: 6 + 调研报告 5 → 11
        expect(DefaultRuleSets.accumulate(), a, "85", "优秀", Map.of("PROPOSALS", "30", "ACTIVITIES", "10", "OPINION", "25", "SPEECH", "10", "HONOUR", "10"));
        expect(DefaultRuleSets.accumulate(), b, "6", "不称职", Map.of("PROPOSALS", "6"));
        expect(DefaultRuleSets.accumulate(), c, "11", "不称职", Map.of("PROPOSALS", "6", "SPEECH", "5"));

        // publishing the accumulate set recomputes the year; the stored results are the hand-computed ones
        long draft = ((Number) api.read(api.post("staff", "/api/v1/performance/rules",
                "{\"year\":%d,\"defaultCode\":\"ACCUMULATE\"}".formatted(year)), "$.id")).longValue();
        api.post("staff", "/api/v1/performance/rules/" + draft + "/publish", "{\"version\":0}").andExpect(status().isOk());
        try {
            assertThat(stored(a)).isEqualByComparingTo("85");
            assertThat(stored(b)).isEqualByComparingTo("6");
            assertThat(stored(c)).isEqualByComparingTo("11");
            List<String> before = fingerprints(a, b, c);

            // a replay from the source records gives the same entries and the same results
            api.post("staff", "/api/v1/performance/rules/replay", "{\"year\":%d}".formatted(year)).andExpect(status().isOk());
            assertThat(fingerprints(a, b, c)).isEqualTo(before);
            assertThat(stored(a)).isEqualByComparingTo("85");
            assertThat(stored(b)).isEqualByComparingTo("6");
            assertThat(stored(c)).isEqualByComparingTo("11");

            // the members' own record through the API
            var mine = api.get("perf_a", "/api/v1/performance/rules/in-force?year=" + year);
            mine.andExpect(status().isForbidden());
        } finally {
            // leave the year as the other tests expect it: the base-and-deduct default in force
            long back = ((Number) api.read(api.post("staff", "/api/v1/performance/rules",
                    "{\"year\":%d,\"defaultCode\":\"BASE_AND_DEDUCT\"}".formatted(year)), "$.id")).longValue();
            api.post("staff", "/api/v1/performance/rules/" + back + "/publish", "{\"version\":0}").andExpect(status().isOk());
        }
        assertThat(stored(a)).isEqualByComparingTo("79.5");
    }

    @Test
    void aWithdrawnProposalLeavesNothingInTheRecord() throws Exception {
        long d = member("perf_d", "履职丁");
        long p = proposal("perf_d", "撤回的提案");
        api.post("perf_d", "/api/v1/proposals/" + p + "/submit", null).andExpect(status().isOk());
        settled();
        assertThat(kinds(d)).containsExactly("PROPOSAL_SUBMITTED/INDIVIDUAL");
        api.post("perf_d", "/api/v1/proposals/" + p + "/withdraw", null).andExpect(status().isOk());
        settled();
        assertThat(kinds(d)).isEmpty();
        assertThat(score(DefaultRuleSets.baseAndDeduct(), d).flags()).contains(Flag.NO_DUTY);
    }

    private void expect(RuleSet rules, long member, String total, String grade, Map<String, String> categories) {
        var s = score(rules, member);
        assertThat(s.total()).as("total").isEqualByComparingTo(total);
        assertThat(s.grade()).isEqualTo(grade);
        categories.forEach((k, v) -> assertThat(s.byCategory().get(k)).as(k).isEqualByComparingTo(v));
        assertThat(s.byCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(s.total());
    }

    private Scoring.Score score(RuleSet rules, long member) {
        return Scoring.score(rules, ledger.of(committee, member, year));
    }

    private BigDecimal stored(long member) {
        return runAs.user("staff", () -> {
            long set = scores.effective(committee, year).id();
            return jdbc.sql("select total from performance_score where rule_set_id = ? and member_id = ?").params(set, member)
                    .query(BigDecimal.class).single();
        });
    }

    private List<String> kinds(long member) {
        return ledger.of(committee, member, year).stream().map(e -> e.kind() + "/" + e.role()).toList();
    }

    private List<String> fingerprints(long... members) {
        return java.util.Arrays.stream(members).boxed().flatMap(m -> ledger.of(committee, m, year).stream())
                .map(e -> e.memberId() + "|" + e.on() + "|" + e.kind() + "|" + e.qualifier() + "|" + e.role() + "|" + e.sharers() + "|"
                        + e.source() + "|" + e.title() + "|" + e.link())
                .sorted().collect(Collectors.toList());
    }

    /** Waits until the performance listeners have handled every published event. */
    private void settled() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%performance%'")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the performance listeners did not finish");
    }

    /** A member of the city with an account (the demo password) to act as. */
    private long member(String username, String name) {
        long id = jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                .params(committee, name, "139" + String.format("%08d", Math.abs(username.hashCode()) % 100_000_000)).query(Long.class).single();
        long account = jdbc.sql("""
                insert into user_account (committee_id, username, display_name, password_hash, must_change_password, member_id)
                select committee_id, ?, ?, password_hash, false, ? from user_account where username = 'member' returning id""")
                .params(username, name, id).query(Long.class).single();
        jdbc.sql("insert into user_role (user_account_id, role) values (?, 'MEMBER')").param(account).update();
        return id;
    }

    private long proposal(String user, String title) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(created, "$.proposal.id")).longValue();
    }

    private long activity(String type, String title, long... invitees) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusMinutes(600);
        String ids = java.util.Arrays.stream(invitees).mapToObj(String::valueOf).collect(Collectors.joining(","));
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"%s","type":"%s","organiserKind":"OFFICE","organiserName":"办公室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%s]}""".formatted(title, type, start, start.plusHours(2), ids)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    /** Moves the activity to have just ended (minutes ago, so it was held today and in this year). */
    private void ended(long activity) {
        jdbc.sql("""
                update activity set starts_at = now() - interval '3 minutes', ends_at = now() - interval '1 minute',
                       checkin_opens_at = now() - interval '4 minutes', checkin_closes_at = now() - interval '1 minute' where id = ?""")
                .param(activity).update();
    }
}
