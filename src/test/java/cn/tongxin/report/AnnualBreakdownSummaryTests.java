package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.committee;
import static cn.tongxin.report.AnnualFixture.proposalsOn;
import static cn.tongxin.report.AnnualFixture.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.organization.Organization;
import cn.tongxin.report.internal.BreakdownSummaries;
import cn.tongxin.report.internal.Breakdowns;
import cn.tongxin.report.internal.FigureKeys;
import cn.tongxin.report.internal.PeopleFigures;
import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.rollup.internal.CommitteeChanges;
import cn.tongxin.shared.DateRange;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * The annual account's breakdowns kept per committee × year (ADR 010): the summary equals the live count for every
 * family after real steps, each kind of change makes its committee's year stale so the next read counts it, and a
 * locked year still shows its snapshot as published.
 */
@IntegrationTest
class AnnualBreakdownSummaryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    BreakdownSummaries summaries;
    @Autowired
    Organization organization;
    @Autowired
    CommitteeChanges changes;
    Api api;
    final LocalDate today = LocalDate.now(SystemSteps.ZONE);
    final int year = today.getYear();
    final DateRange wholeYear = new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void everyBreakdownKeptPerCommitteeYearEqualsTheLiveCount() throws Exception {
        for (String prefix : List.of("", "dc_", "xs_")) {
            var steps = new SystemSteps(api, jdbc, prefix);
            steps.proposal(true);
            steps.adoptedReport();
            steps.heldActivity();
        }
        forwardedItem("");
        output("dc_", "SPEECH_ORAL");
        supervisionGroup("");
        settled(jdbc);
        long city = committee(jdbc, "示例市政协");
        List<Long> system = organization.subtree(city).stream().map(c -> c.id()).toList();

        Map<String, Long> kept = summaries.total(system, year);
        assertThat(kept).isEqualTo(breakdowns.total(system, wholeYear));
        var live = breakdowns.perCommittee(system, wholeYear);
        for (long c : system) {
            assertThat(stored(c, year)).as("committee %d", c).isEqualTo(live.get(c));
        }
        assertThat(kept).containsKeys(FigureKeys.CATEGORY_RECEIVED + "SOCIETY", FigureKeys.ACTIVITY_TYPE + "THEMATIC_CONSULTATION",
                FigureKeys.OUTPUT_KIND + "SPEECH_ORAL", PeopleFigures.OPINION_SOURCE + "MEMBER");
        assertThat(kept.get(FigureKeys.FORWARDED + "PROVINCIAL_CPPCC")).isPositive();
        assertThat(kept.get(FigureKeys.SUPERVISION_GROUPS)).isPositive();
        assertThat(kept.keySet()).anyMatch(k -> k.startsWith(PeopleFigures.SPEECHES_PARTY));
        // and the account reads them: its category lines are the summaries' values
        var r = api.get("staff", "/api/v1/reports/annual?year=" + year + "&scope=system").andExpect(status().isOk());
        List<Map<String, Object>> categories = api.read(r, "$.categories");
        categories.forEach(l -> assertThat(((Number) l.get("value")).longValue()).as((String) l.get("code"))
                .isEqualTo(kept.getOrDefault((String) l.get("code"), 0L)));
    }

    @Test
    void eachKindOfChangeMakesItsCommitteesYearStaleAndTheNextReadCountsIt() throws Exception {
        long east = committee(jdbc, "示例市东城区政协");
        staleAfter(east, () -> forwardedItem("dc_"));
        staleAfter(east, () -> output("dc_", "RESEARCH_REPORT"));
        staleAfter(east, () -> supervisionGroup("dc_"));
        staleAfter(east, this::revisedAfterReturn);
        staleAfter(east, () -> api.post("dc_admin", "/api/v1/org-units/studios", "{\"name\":\"汇总测试工作室" + UUID.randomUUID() + "\"}")
                .andExpect(status().isCreated()));
        staleAfter(east, () -> api.post("dc_staff", "/api/v1/members", "{\"name\":\"汇总测试委员\",\"gender\":\"MALE\",\"mobile\":\"139%08d\"}"
                .formatted((int) (Math.random() * 1e8))).andExpect(status().isCreated()));
        staleAfter(east, () -> {
            long report = report("dc_member");
            api.post("dc_staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
            freshen("dc_");
            api.post("dc_staff", "/api/v1/opinions/" + report + "/upward", null).andExpect(status().isOk());
        });
        new SystemSteps(api, jdbc, "dc_").proposal(false);
        long key = jdbc.sql("select max(id) from proposal where committee_id = ?").param(east).query(Long.class).single();
        api.post("dc_staff", "/api/v1/proposals/" + key + "/key", "{\"leaders\":[\"张副主席\"]}").andExpect(status().isOk());
        long[] appraisal = new long[1];
        staleAfter(east, () -> appraisal[0] = ((Number) api.read(api.post("dc_staff", "/api/v1/proposals/key-appraisals", "{\"year\":" + year + "}")
                .andExpect(status().isCreated()), "$.id")).longValue());
        staleAfter(east, () -> {
            List<Number> units = api.read(api.get("dc_member", "/api/v1/proposals/key-appraisals/" + appraisal[0]), "$.units[*].unitId");
            api.post("dc_member", "/api/v1/proposals/key-appraisals/" + appraisal[0] + "/ratings", units.stream()
                    .map(u -> "\"" + u.longValue() + "\":\"SATISFIED\"").collect(Collectors.joining(",", "{\"verdicts\":{", "}}")))
                    .andExpect(status().isOk());
        });
        long output = output("dc_", "CONSULTATION_SUMMARY");
        settled(jdbc);
        staleAfter(east, () -> api.post("dc_staff", "/api/v1/activity-outputs/" + output + "/upward", null).andExpect(status().isOk()));
    }

    @Test
    void aLockedYearShowsItsSnapshotWhateverTheSummariesSayLater() throws Exception {
        long east = committee(jdbc, "示例市东城区政协");
        var steps = new SystemSteps(api, jdbc, "dc_");
        long mark = AnnualFixture.lastProposal(jdbc);
        steps.proposal(false);
        settled(jdbc);
        proposalsOn(jdbc, changes, east, mark, LocalDate.of(1987, 5, 1));
        String society = FigureKeys.CATEGORY_RECEIVED + "SOCIETY";
        long before = category(api.get("dc_staff", "/api/v1/reports/annual?year=1987").andExpect(status().isOk()), society, "value");
        assertThat(before).isPositive();
        api.post("dc_staff", "/api/v1/reports/annual/lock", "{\"year\":1987,\"adoptedOn\":\"1988-01-15\"}").andExpect(status().isOk());

        long mark2 = AnnualFixture.lastProposal(jdbc);
        steps.proposal(false);
        settled(jdbc);
        proposalsOn(jdbc, changes, east, mark2, LocalDate.of(1987, 6, 1));
        var locked = api.get("dc_staff", "/api/v1/reports/annual?year=1987").andExpect(status().isOk());
        assertThat(category(locked, society, "value")).isEqualTo(before + 1);
        assertThat(category(locked, society, "published")).isEqualTo(before);
        assertThat(category(locked, society, "difference")).isEqualTo(1);
        var next = api.get("dc_staff", "/api/v1/reports/annual?year=1988").andExpect(status().isOk());
        assertThat(category(next, society, "previous")).isEqualTo(before);
    }

    private long category(org.springframework.test.web.servlet.ResultActions r, String code, String field) throws Exception {
        List<Map<String, Object>> lines = api.read(r, "$.categories");
        return ((Number) lines.stream().filter(l -> l.get("code").equals(code)).findFirst().orElseThrow().get(field)).longValue();
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** The committee's year is fresh, the step happens, its events are heard: the year is stale and then read right. */
    private void staleAfter(long committee, Step step) throws Exception {
        settled(jdbc);
        summaries.refreshStale(List.of(committee), year);
        assertThat(summaries.refreshStale(List.of(committee), year)).as("fresh before the step").isEmpty();
        step.run();
        settled(jdbc);
        assertThat(summaries.refreshStale(List.of(committee), year)).as("stale after the step").containsExactly(committee);
        assertThat(stored(committee, year)).isEqualTo(breakdowns.perCommittee(List.of(committee), wholeYear).get(committee));
    }

    private Map<String, Long> stored(long committee, int year) {
        Map<String, Long> values = new HashMap<>();
        jdbc.sql("select figure, value from annual_breakdown where committee_id = ? and year = ?").params(committee, year)
                .query((rs, n) -> values.put(rs.getString("figure"), rs.getLong("value"))).list();
        return values;
    }

    private long report(String member) throws Exception {
        var r = api.post(member, "/api/v1/opinions", """
                {"requestKey":"%s","title":"汇总测试信息","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    private void forwardedItem(String prefix) throws Exception {
        long id = report(prefix + "member");
        api.post(prefix + "staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var item = api.post(prefix + "staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"汇总测试编发稿\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post(prefix + "staff", "/api/v1/bulletins", "{\"title\":\"专题\",\"recipients\":\"市委、市政府\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post(prefix + "staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post(prefix + "staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        freshen(prefix);
        api.post(prefix + "staff", "/api/v1/opinion-items/" + itemId + "/forwards", "{\"level\":\"PROVINCIAL_CPPCC\",\"on\":\"" + today + "\"}")
                .andExpect(status().isOk());
    }

    /** An output of the kind at a new activity (published, its events heard first), the member its author. */
    private long output(String prefix, String kind) throws Exception {
        long member = memberId(prefix + "member");
        LocalDateTime start = LocalDateTime.now(SystemSteps.ZONE).plusDays(2);
        var a = api.post(prefix + "staff", "/api/v1/activities", """
                {"title":"汇总测试活动","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d]}""".formatted(start, start.plusHours(2), member)).andExpect(status().isCreated());
        long activity = ((Number) api.read(a, "$.id")).longValue();
        if (start.getYear() != year) { // the last days of December: keep the activity in this year
            jdbc.sql("update activity set starts_at = now() + interval '1 hour', ends_at = now() + interval '2 hours' where id = ?")
                    .param(activity).update();
        }
        freshen(prefix);
        var output = api.post(prefix + "staff", "/api/v1/activities/" + activity + "/outputs", """
                {"kind":"%s","title":"汇总测试成果","text":"正文","authorIds":[%d]}""".formatted(kind, member)).andExpect(status().isCreated());
        return ((Number) api.read(output, "$.id")).longValue();
    }

    private void supervisionGroup(String prefix) throws Exception {
        long unit = jdbc.sql("select unit_id from user_account where username = ?").param(prefix + "unit").query(Long.class).single();
        api.post(prefix + "staff", "/api/v1/supervision/groups", """
                {"name":"汇总测试监督小组","unitId":%d,"leaderId":%d,"memberIds":[%d],"startsOn":"%s","endsOn":"%s"}"""
                .formatted(unit, memberId(prefix + "member"), memberId(prefix + "member2"), today, today)).andExpect(status().isCreated());
    }

    /** A proposal returned for revision and revised into another category (it still counts as received). */
    private void revisedAfterReturn() throws Exception {
        String draft = """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"退回修改的提案","situation":"情况","analysis":"分析",
                 "suggestions":"建议","category":"%s","publishable":true}""";
        String key = UUID.randomUUID().toString();
        var created = api.post("dc_member", "/api/v1/proposals", draft.formatted(key, "SOCIETY")).andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("dc_member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("dc_staff", "/api/v1/proposals/" + id + "/return", "{\"note\":\"请补充\"}").andExpect(status().isOk());
        freshen("dc_");
        int version = jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single();
        mvc.perform(put("/api/v1/proposals/" + id).header("Authorization", "Bearer " + api.token("dc_member"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + ",\"data\":" + draft.formatted(key, "ECONOMY") + "}"))
                .andExpect(status().isOk());
    }

    /** The committee's events heard and its year recomputed: what the next step changes is all that makes it stale. */
    private void freshen(String prefix) throws Exception {
        settled(jdbc);
        summaries.refreshStale(List.of(new SystemSteps(api, jdbc, prefix).committee()), year);
    }

    private long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }
}
