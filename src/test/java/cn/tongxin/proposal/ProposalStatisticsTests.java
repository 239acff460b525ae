package cn.tongxin.proposal;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.idev.excel.FastExcel;
import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** A generated year of ~500 proposals in a committee of its own; the statistics must match the generator's tally. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalStatisticsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    ProposalYearGenerator.Tally tally;
    Api api;

    @BeforeAll
    void generate() {
        long committee = jdbc.sql("insert into committee (name, level) values ('统计测试市政协', 'MUNICIPAL') returning id").query(Long.class).single();
        long term = jdbc.sql("insert into term (committee_id, number, name, start_date, is_current) values (?, 13, '第十三届', '2023-01-01', true) returning id")
                .param(committee).query(Long.class).single();
        long session = jdbc.sql("""
                insert into plenary_session (committee_id, term_id, number, name, opening_date, closing_date, submission_deadline)
                values (?, ?, 3, '十三届三次会议', '2025-01-10', '2025-01-14', '2025-01-12') returning id""")
                .params(committee, term).query(Long.class).single();
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            members.add(jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                    .params(committee, "统计委员" + i, String.format("177%08d", i)).query(Long.class).single());
        }
        List<Long> units = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(jdbc.sql("insert into handling_unit (committee_id, name, unit_type) values (?, ?, '政府部门') returning id")
                    .params(committee, "统计单位" + i).query(Long.class).single());
        }
        List<Long> parties = List.of(jdbc.sql("insert into org_unit (committee_id, kind, name) values (?, 'PARTY', '民盟') returning id")
                .param(committee).query(Long.class).single());
        accounts.openWithoutCaller(committee, new NewAccount("stats_staff", "统计工作人员", "Demo@2026", Set.of(Role.STAFF), null, null, null), false);
        tally = new ProposalYearGenerator(jdbc, 7).year(committee, session, 2025, 500, members, units, parties, "stats_staff");
        api = new Api(mvc);
    }

    @Test
    void theStatisticsOfAYearMatchTheGeneratedCounts() throws Exception {
        var report = api.get("stats_staff", "/api/v1/proposals/statistics?year=2025").andExpect(status().isOk());
        Map<String, Object> counts = figures(api.read(report, "$.counts"));
        assertThat(counts).containsEntry("收到", (int) tally.received).containsEntry("已审查", (int) tally.reviewed)
                .containsEntry("立案", (int) tally.filed).containsEntry("不予立案", (int) tally.notFiled)
                .containsEntry("并案", (int) tally.merged).containsEntry("转为社情民意或委员来信", (int) tally.converted)
                .containsEntry("退回修改中", (int) tally.returned).containsEntry("待审查", (int) tally.pending)
                .containsEntry("重点提案", (int) tally.keyCount).containsEntry("已办结", (int) tally.closed);
        assertThat((Integer) api.read(report, "$.handling.replied")).isEqualTo((int) tally.replied);
        assertThat((Integer) api.read(report, "$.handling.repliedOnTime")).isEqualTo((int) tally.onTime);
        assertThat((Integer) api.read(report, "$.handling.unrated")).isEqualTo((int) tally.unrated);
        assertThat((Integer) api.read(report, "$.handling.attitude.satisfied")).isEqualTo((int) tally.attitude[0]);
        assertThat((Integer) api.read(report, "$.handling.attitude.basicallySatisfied")).isEqualTo((int) tally.attitude[1]);
        assertThat((Integer) api.read(report, "$.handling.result.dissatisfied")).isEqualTo((int) tally.result[2]);
        tally.categories.forEach((k, v) -> {
            try {
                assertThat((Integer) api.read(report, "$.handling.categories." + k)).isEqualTo(v.intValue());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        List<Map<String, Object>> rates = api.read(report, "$.rates");
        var replyRate = rates.stream().filter(r -> r.get("label").equals("办复率")).findFirst().orElseThrow();
        assertThat(replyRate).containsEntry("numerator", (int) tally.replied).containsEntry("denominator", (int) tally.filed);
        assertThat(replyRate.get("definition").toString()).startsWith("办复数 ÷ 立案数");
        assertThat(tally.received).isBetween(450L, 500L);
    }

    @Test
    void eachFigureLinksToTheProposalsBehindIt() throws Exception {
        var report = api.get("stats_staff", "/api/v1/proposals/statistics?year=2025");
        List<Map<String, Object>> figures = api.read(report, "$.counts");
        for (String label : List.of("收到", "立案", "不予立案", "并案")) {
            String link = (String) figures.stream().filter(f -> f.get("label").equals(label)).findFirst().orElseThrow().get("link");
            var list = api.get("stats_staff", link.replace("/proposals?", "/api/v1/proposals?") + "&size=1").andExpect(status().isOk());
            assertThat((Integer) api.read(list, "$.total")).as(label).isEqualTo(figures.stream()
                    .filter(f -> f.get("label").equals(label)).findFirst().orElseThrow().get("value"));
        }
        var replied = api.get("stats_staff", "/api/v1/proposals?year=2025&handling=REPLIED&size=1");
        assertThat((Integer) api.read(replied, "$.total")).isEqualTo((int) tally.replied);
    }

    @Test
    void theStatisticsPageAndItsExportShowTheSameFigures() throws Exception {
        var session = login(mvc, "stats_staff");
        String page = mvc.perform(get("/proposals/statistics").param("year", "2025").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("办复率").contains("办复数 ÷ 立案数").contains(">" + tally.filed + "<");
        byte[] xlsx = mvc.perform(get("/proposals/statistics.xlsx").param("year", "2025").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(1).doReadSync();
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry(0, "立案").containsEntry(1, Long.toString(tally.filed)));
        List<Map<Integer, String>> units = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(2).headRowNumber(1).doReadSync();
        assertThat(units).hasSize(12);
        assertThat(units.stream().mapToLong(u -> Long.parseLong(u.get(1))).sum()).isEqualTo(tally.filed - countUnassigned());
    }

    @Test
    void theListExportsAsAnXlsx() throws Exception {
        var session = login(mvc, "stats_staff");
        byte[] xlsx = mvc.perform(get("/proposals/export").param("year", "2025").param("status", "NOT_FILED").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(1).doReadSync();
        assertThat(rows).hasSize((int) tally.notFiled).allSatisfy(r -> assertThat(r.get(7)).isEqualTo("不予立案"));
    }

    @Test
    void otherCommitteesDoNotSeeTheseFigures() throws Exception {
        var report = api.get("staff", "/api/v1/proposals/statistics?year=2025").andExpect(status().isOk());
        Map<String, Object> counts = figures(api.read(report, "$.counts"));
        assertThat(((Number) counts.get("收到")).longValue()).isLessThan(tally.received);
        api.get("member", "/api/v1/proposals/statistics?year=2025").andExpect(status().isForbidden());
        api.get("unit", "/api/v1/proposals/statistics?year=2025").andExpect(status().isForbidden());
    }

    private long countUnassigned() {
        return jdbc.sql("""
                select count(*) from proposal p join committee c on c.id = p.committee_id
                 where c.name = '统计测试市政协' and p.status = 'FILED'""").query(Long.class).single();
    }

    private static Map<String, Object> figures(List<Map<String, Object>> list) {
        Map<String, Object> m = new java.util.HashMap<>();
        list.forEach(f -> m.put((String) f.get("label"), f.get("value")));
        return m;
    }
}
