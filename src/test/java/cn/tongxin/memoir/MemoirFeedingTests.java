package cn.tongxin.memoir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/** 文史资料 feeding the members' records (文史资料被选用) and the annual account (calls, submissions, selected), in 东城区. */
@IntegrationTest
class MemoirFeedingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long memberOf(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private long selectedFacts(long memoir) {
        return jdbc.sql("select count(*) from performance_entry where member_id = ? and kind = 'MEMOIR_SELECTED' and source_type = ? and source_id = ?")
                .params(memberOf("dc_member"), SubjectType.MEMOIR.name(), memoir).query(Long.class).single();
    }

    @Test
    void aSelectedAccountIsInItsAuthorsRecordAndTheYearsFiguresUntilReconsidered() throws Exception {
        int year = LocalDate.now(clock).getYear();
        long callsBefore = annual("dc_staff", "MEMOIR:CALLS");
        long submittedBefore = annual("dc_staff", "MEMOIR:SUBMITTED");
        long selectedBefore = annual("dc_staff", "MEMOIR:SELECTED");
        long citySelected = annual("staff", "MEMOIR:SELECTED");

        long call = ((Number) api.read(api.post("dc_staff", "/api/v1/memoirs/calls", """
                {"theme":"三线建设%s","description":"征集亲历史料"}""".formatted(UUID.randomUUID().toString().substring(0, 4)))
                .andExpect(status().isCreated()), "$.id")).longValue();
        long memoir = ((Number) api.read(api.post("dc_member", "/api/v1/memoirs/calls/" + call + "/memoirs", """
                {"requestKey":"%s","title":"在攀枝花的那些年","period":"1966—1978年","text":"那年我们从上海出发，一路向西。"}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated()), "$.id")).longValue();
        long citizen = ((Number) api.read(api.post("dc_staff", "/api/v1/memoirs/calls/" + call + "/memoirs", """
                {"requestKey":"%s","title":"父亲的工地日记","text":"父亲留下三本日记。","authorName":"王建国"}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated()), "$.id")).longValue();
        api.post("dc_staff", "/api/v1/memoirs/" + memoir + "/select", null).andExpect(status().isOk());
        api.post("dc_staff", "/api/v1/memoirs/" + citizen + "/select", null).andExpect(status().isOk());

        Listeners.settled(jdbc, "performance");
        assertThat(selectedFacts(memoir)).isEqualTo(1);
        assertThat(jdbc.sql("select happened_on from performance_entry where kind = 'MEMOIR_SELECTED' and source_id = ?").param(memoir)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now(clock));
        assertThat(jdbc.sql("select count(*) from performance_entry where kind = 'MEMOIR_SELECTED' and source_id = ?").param(citizen)
                .query(Long.class).single()).as("a citizen's account credits no member").isZero();
        assertThat(annual("dc_staff", "MEMOIR:CALLS")).isEqualTo(callsBefore + 1);
        assertThat(annual("dc_staff", "MEMOIR:SUBMITTED")).isEqualTo(submittedBefore + 2);
        assertThat(annual("dc_staff", "MEMOIR:SELECTED")).isEqualTo(selectedBefore + 2);
        assertThat(annual("staff", "MEMOIR:SELECTED")).as("the city (another committee) does not count the county's accounts").isEqualTo(citySelected);
        for (String user : List.of("staff", "dc_staff")) {
            for (String key : List.of("MEMOIR:CALLS", "MEMOIR:SUBMITTED", "MEMOIR:SELECTED")) {
                long value = annual(user, key);
                var records = api.get(user, "/api/v1/reports/annual/records?year=" + year + "&size=200&figure=" + key).andExpect(status().isOk());
                assertThat(((Number) api.read(records, "$.total")).longValue()).as(user + " " + key).isEqualTo(value);
                assertThat((List<?>) api.read(records, "$.items")).as(user + " " + key).hasSize((int) Math.min(value, 200));
            }
        }

        // a replay of the year from the records gives the public side's entries the events gave (duty, frontline, memoirs)
        List<String> before = publicSideEntries(year);
        assertThat(before).isNotEmpty();
        api.post("dc_staff", "/api/v1/performance/rules/replay", "{\"year\":%d}".formatted(year)).andExpect(status().isOk());
        assertThat(publicSideEntries(year)).isEqualTo(before);
        assertThat(selectedFacts(memoir)).isEqualTo(1);

        api.post("dc_staff", "/api/v1/memoirs/" + memoir + "/reconsider", null).andExpect(status().isOk());
        Listeners.settled(jdbc, "performance");
        assertThat(selectedFacts(memoir)).isZero();
        assertThat(annual("dc_staff", "MEMOIR:SELECTED")).isEqualTo(selectedBefore + 1);
    }

    private List<String> publicSideEntries(int year) {
        return jdbc.sql("""
                select concat_ws('|', member_id, happened_on, kind, source_type, source_id, slot, title, link) from performance_entry
                 where committee_id = ? and year = ? and origin = 'EVENT' and source_type = any(?) order by 1""")
                .params(cn.tongxin.support.DemoCommittees.ofUser(jdbc, "dc_staff"), year, new String[] {SubjectType.MEMOIR.name(),
                        SubjectType.DUTY_QUESTION.name(), SubjectType.FRONTLINE_PROBLEM.name()})
                .query(String.class).list();
    }

    private long annual(String user, String key) throws Exception {
        List<Number> v = api.read(api.get(user, "/api/v1/reports/annual?year=" + LocalDate.now(clock).getYear()).andExpect(status().isOk()),
                "$.people[?(@.code == '" + key + "')].value");
        assertThat(v).as(key).hasSize(1);
        return v.getFirst().longValue();
    }
}
