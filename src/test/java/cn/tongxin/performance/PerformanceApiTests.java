package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.idev.excel.FastExcel;
import cn.tongxin.account.RunAs;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** The same use cases through the API: records, term, ranking, export and flags, with the pages' permissions. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceApiTests {

    static final int YEAR = 2043;

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

    Api api;
    long member;
    long member2;
    long someone;

    @BeforeAll
    void aRecord() {
        api = new Api(mvc);
        var fx = new PerformanceFixture(jdbc, runAs, rules, recorder, scores);
        fx.baseAndDeduct(YEAR);
        member = fx.demoMember("member");
        member2 = fx.demoMember("member2");
        someone = fx.plainMembers(41, 1).getFirst();
        LocalDate day = LocalDate.of(YEAR, 4, 1);
        fx.record(List.of(
                fx.fact(someone, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL),
                fx.fact(someone, day.plusDays(1), FactKind.PROPOSAL_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(someone, day.plusDays(2), FactKind.REPORT_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(member, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL)));
    }

    int status(String user, String path) throws Exception {
        return api.get(user, path).andReturn().getResponse().getStatus();
    }

    @Test
    void aMembersRecordHasEntriesWithTheirRulesTotalsByCategoryGradeAndMinimums() throws Exception {
        var result = api.get("staff", "/api/v1/members/" + someone + "/performance?year=" + YEAR);
        assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) api.read(result, "$.entries.length()")).isEqualTo(3);
        assertThat((String) api.read(result, "$.entries[0].item")).isNotBlank();
        assertThat((String) api.read(result, "$.entries[0].itemLabel")).isNotBlank();
        assertThat((String) api.read(result, "$.entries[0].link")).startsWith("/activities/");
        assertThat((String) api.read(result, "$.entries[0].on")).isEqualTo(YEAR + "-04-01");
        assertThat((String) api.read(result, "$.grade")).isNotBlank();
        assertThat(((Number) api.read(result, "$.ruleSet.id")).longValue())
                .isEqualTo(scores.effective(cityId(), YEAR).id());
        assertThat((List<?>) api.read(result, "$.minimums")).isNotNull();
        assertThat((List<?>) api.read(result, "$.flags")).isNotNull();
        List<Number> categories = api.read(result, "$.categories[*].points");
        BigDecimal sum = categories.stream().map(n -> new BigDecimal(n.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(new BigDecimal(api.read(result, "$.total").toString()));
        assertThat(new BigDecimal(api.read(result, "$.total").toString())).isPositive();
    }

    @Test
    void aMemberReadsTheirOwnRecordOnlyAndStaffAndLeadersReadTheirCommittees() throws Exception {
        assertThat(status("member", "/api/v1/performance/me?year=" + YEAR)).isEqualTo(200);
        assertThat((Integer) api.read(api.get("member", "/api/v1/performance/me?year=" + YEAR), "$.member.id")).isEqualTo((int) member);
        assertThat(status("member", "/api/v1/members/" + member + "/performance?year=" + YEAR)).isEqualTo(200);
        assertThat(status("member", "/api/v1/members/" + member2 + "/performance?year=" + YEAR)).isEqualTo(404);
        assertThat(status("member", "/api/v1/members/" + someone + "/performance/term")).isEqualTo(404);
        assertThat(status("staff", "/api/v1/members/" + someone + "/performance/term")).isEqualTo(200);
        assertThat(status("leader", "/api/v1/members/" + someone + "/performance?year=" + YEAR)).isEqualTo(200);
        assertThat(status("unit", "/api/v1/members/" + someone + "/performance?year=" + YEAR)).isEqualTo(403);
        assertThat(status("unit", "/api/v1/performance/me")).isEqualTo(403);
        assertThat(status("dc_staff", "/api/v1/members/" + someone + "/performance?year=" + YEAR)).isEqualTo(404);
    }

    @Test
    void theTermShowsEachYearWithItsCategoriesInTheRuleSetsOrder() throws Exception {
        var result = api.get("staff", "/api/v1/members/" + someone + "/performance/term");
        List<Integer> years = api.read(result, "$.years[*].year");
        assertThat(years).isNotEmpty().hasSizeLessThanOrEqualTo(5).isSorted();
        for (int i = 0; i < years.size(); i++) {
            List<String> codes = api.read(result, "$.years[" + i + "].categories[*].code");
            List<String> order = scores.effective(cityId(), years.get(i)).rules().categories().stream()
                    .map(RuleSet.Category::code).filter(codes::contains).toList();
            assertThat(codes.stream().filter(c -> !c.equals(Scoring.BASE_CATEGORY)).toList()).isEqualTo(order);
        }
    }

    @Test
    void theRankingIsPagedAndForStaffAndLeadersOnly() throws Exception {
        var result = api.get("leader", "/api/v1/performance/ranking?year=" + YEAR + "&page=1");
        assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) api.read(result, "$.page.size")).isEqualTo(50);
        assertThat((Integer) api.read(result, "$.page.items.length()")).isEqualTo(50);
        assertThat((Integer) api.read(result, "$.page.items[0].rank")).isEqualTo(1);
        assertThat((List<?>) api.read(result, "$.distribution")).isNotEmpty();
        assertThat((List<?>) api.read(result, "$.sectors")).isNotEmpty();
        var second = api.get("staff", "/api/v1/performance/ranking?year=" + YEAR + "&page=2");
        assertThat((Integer) api.read(second, "$.page.page")).isEqualTo(2);
        assertThat(status("member", "/api/v1/performance/ranking")).isEqualTo(403);
        assertThat(status("unit", "/api/v1/performance/ranking")).isEqualTo(403);
        assertThat(status("member", "/api/v1/performance/flags")).isEqualTo(403);
        assertThat(status("member", "/api/v1/performance/ranking.xlsx")).isEqualTo(403);
        // another committee's staff rank their own members only
        List<Integer> county = api.read(api.get("dc_staff", "/api/v1/performance/ranking?year=" + YEAR), "$.page.items[*].memberId");
        assertThat(county).doesNotContain((int) someone);
    }

    @Test
    void theFlagsListSaysWhatEachFlagMeans() throws Exception {
        var result = api.get("staff", "/api/v1/performance/flags?year=" + YEAR);
        assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) api.read(result, "$.meanings.length()")).isEqualTo(Flag.values().length);
        assertThat((String) api.read(result, "$.meanings[0].meaning")).isNotBlank();
    }

    @Test
    void theRankingExportOpensWithItsHeader() throws Exception {
        var response = api.get("staff", "/api/v1/performance/ranking.xlsx?year=" + YEAR).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        List<Map<Integer, String>> sheet = FastExcel.read(new ByteArrayInputStream(response.getContentAsByteArray())).sheet(0)
                .headRowNumber(0).doReadSync();
        assertThat(sheet.getFirst().get(0)).isEqualTo("排名");
        assertThat(sheet.size()).isGreaterThan(50);
    }

    @Test
    void aBadYearIsA400NamingTheParameter() throws Exception {
        for (String path : List.of("/api/v1/performance/me?year=1800", "/api/v1/members/" + someone + "/performance?year=3000",
                "/api/v1/performance/ranking?year=abc", "/api/v1/performance/flags?year=99")) {
            String user = path.contains("/performance/me") ? "member" : "staff";
            var result = api.get(user, path);
            assertThat(result.andReturn().getResponse().getStatus()).as(path).isEqualTo(400);
            assertThat(result.andReturn().getResponse().getContentAsString()).as(path).contains("year");
        }
    }

    long cityId() {
        return jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }
}
