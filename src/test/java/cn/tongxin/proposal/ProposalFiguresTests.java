package cn.tongxin.proposal;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * The proposal-side figures of the annual account: 党派提案 and those made key, leaders' 签批 / 批示 on proposals, and the
 * 民主评议 of the units handling key proposals — each through both doors, counted in the statistics and the annual
 * account, whose drill-downs list exactly what they count. In 西山县 (xs_), so that the city's figures are untouched.
 */
@IntegrationTest
class ProposalFiguresTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    final int year = LocalDate.now(ZONE).getYear();
    final LocalDate today = LocalDate.now(ZONE);

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aPartysProposalsAndThoseMadeKeyAreCountedPerParty() throws Exception {
        long party = jdbc.sql("select id from org_unit where committee_id = ? and kind = 'PARTY' and name = '民革'")
                .param(committee()).query(Long.class).single();
        Map<String, Integer> before = annual();
        long key = filedCollective(party);
        filedCollective(party);
        api.post("xs_staff", "/api/v1/proposals/" + key + "/key", "{\"leaders\":[\"张副主席\"]}").andExpect(status().isOk());

        Map<String, Integer> after = annual();
        assertThat(after.get("BY_PARTY:民革")).isEqualTo(before.getOrDefault("BY_PARTY:民革", 0) + 2);
        assertThat(after.get("KEY_BY_PARTY:民革")).isEqualTo(before.getOrDefault("KEY_BY_PARTY:民革", 0) + 1);
        var records = api.get("xs_staff", "/api/v1/reports/annual/records?year=" + year + "&size=200&figure="
                + "KEY_BY_PARTY:民革").andExpect(status().isOk());
        List<String> links = api.read(records, "$.items[*].link");
        assertThat(links).contains("/proposals/" + key);

        var statistics = api.get("xs_staff", "/api/v1/proposals/statistics?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> rows = api.read(statistics, "$.breakdowns[?(@.label == '党派提案列为重点提案（按党派团体）')].rows[*]");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("label")).isEqualTo("民革");
            assertThat(((Number) r.get("value")).intValue()).isEqualTo(after.get("KEY_BY_PARTY:民革"));
        });
    }

    @Test
    void staffRecordALeadersSignOffOrInstructionOnAProposalCountedOncePerLevel() throws Exception {
        long id = filedCollective(null);
        Map<String, Integer> before = annual();
        String signOff = "{\"kind\":\"SIGN_OFF\",\"leader\":\"王市长\",\"level\":\"CITY\",\"on\":\"%s\",\"text\":\"请认真研究办理\"}".formatted(today);
        api.post("xs_staff", "/api/v1/proposals/" + id + "/instructions", signOff).andExpect(status().isCreated());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/instructions", signOff).andExpect(status().isCreated());
        // the page's door: a 批示 by a provincial leader
        mvc.perform(post("/proposals/" + id + "/instructions").session(login(mvc, "xs_staff")).with(csrf())
                        .param("kind", "INSTRUCTION").param("leader", "李副省长").param("level", "PROVINCIAL")
                        .param("on", today.toString()).param("text", "省有关部门予以支持"))
                .andExpect(status().is3xxRedirection());

        var listed = api.get("xs_staff", "/api/v1/proposals/" + id + "/instructions").andExpect(status().isOk());
        assertThat((List<String>) api.read(listed, "$[*].kind")).containsExactly("SIGN_OFF", "SIGN_OFF", "INSTRUCTION");
        Map<String, Integer> after = annual();
        assertThat(after.get("PROPOSAL_OUTCOME:SIGN_OFF:CITY")).isEqualTo(before.get("PROPOSAL_OUTCOME:SIGN_OFF:CITY") + 1);
        assertThat(after.get("PROPOSAL_OUTCOME:INSTRUCTION:PROVINCIAL"))
                .isEqualTo(before.get("PROPOSAL_OUTCOME:INSTRUCTION:PROVINCIAL") + 1);
        assertThat(after.get("PROPOSAL_OUTCOME:INSTRUCTION:CITY")).isEqualTo(before.get("PROPOSAL_OUTCOME:INSTRUCTION:CITY"));
        var statistics = api.get("xs_staff", "/api/v1/proposals/statistics?year=" + year).andExpect(status().isOk());
        List<Number> signed = api.read(statistics, "$.breakdowns[?(@.label == '领导签批（按领导层级）')].rows[?(@.label == '市领导签批')].value");
        assertThat(signed.getFirst().intValue()).isPositive();

        String page = mvc.perform(get("/proposals/" + id).session(login(mvc, "xs_staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("领导签批、批示", "王市长", "省领导批示");
    }

    @Test
    void onlyStaffRecordSignOffsAndOnlyWithLeaderLevelDateAndWordsOnASubmittedProposal() throws Exception {
        long id = filedCollective(null);
        String body = "{\"kind\":\"SIGN_OFF\",\"leader\":\"王市长\",\"level\":\"CITY\",\"on\":\"%s\",\"text\":\"阅\"}".formatted(today);
        api.post("xs_member", "/api/v1/proposals/" + id + "/instructions", body).andExpect(status().isForbidden());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/instructions", "{\"kind\":\"SIGN_OFF\",\"level\":\"CITY\",\"text\":\"阅\"}")
                .andExpect(status().isUnprocessableEntity());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/instructions", body.replace("\"SIGN_OFF\"", "null"))
                .andExpect(status().isUnprocessableEntity());
        long draft = draftCollective(null);
        api.post("xs_staff", "/api/v1/proposals/" + draft + "/instructions", body).andExpect(status().isConflict());
    }

    @Test
    void membersRateEachUnitHandlingTheYearsKeyProposalsOnceAndAnonymously() throws Exception {
        long id = filedCollective(null);
        long unit = jdbc.sql("select unit_id from user_account where username = 'xs_unit'").query(Long.class).single();
        api.post("xs_staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[%d]}".formatted(unit))
                .andExpect(status().isOk());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/key", "{\"leaders\":[\"张副主席\"]}").andExpect(status().isOk());

        api.post("xs_member", "/api/v1/proposals/key-appraisals", "{\"year\":" + year + "}").andExpect(status().isForbidden());
        var opened = api.post("xs_staff", "/api/v1/proposals/key-appraisals", "{\"year\":" + year + "}").andExpect(status().isCreated());
        long appraisal = ((Number) api.read(opened, "$.id")).longValue();
        api.post("xs_staff", "/api/v1/proposals/key-appraisals", "{\"year\":" + year + "}").andExpect(status().isConflict());

        var shown = api.get("xs_member", "/api/v1/proposals/key-appraisals/" + appraisal).andExpect(status().isOk());
        List<Number> unitIds = api.read(shown, "$.units[*].unitId");
        assertThat(unitIds.stream().map(Number::longValue)).contains(unit);
        String satisfied = verdicts(unitIds, "SATISFIED");
        api.post("xs_member", "/api/v1/proposals/key-appraisals/" + appraisal + "/ratings", "{\"verdicts\":{\"" + unit + "\":\"SATISFIED\","
                + "\"0\":\"SATISFIED\"}}").andExpect(status().isUnprocessableEntity());
        api.post("xs_unit", "/api/v1/proposals/key-appraisals/" + appraisal + "/ratings", satisfied).andExpect(status().isForbidden());
        api.post("xs_member", "/api/v1/proposals/key-appraisals/" + appraisal + "/ratings", satisfied).andExpect(status().isOk());
        api.post("xs_member", "/api/v1/proposals/key-appraisals/" + appraisal + "/ratings", satisfied).andExpect(status().isConflict());
        // the page's door: member2 rates every unit 基本满意
        var form = post("/proposals/key-appraisals/" + appraisal + "/ratings").session(login(mvc, "xs_member2")).with(csrf());
        unitIds.forEach(u -> form.param("unit" + u.longValue(), "BASICALLY_SATISFIED"));
        mvc.perform(form).andExpect(status().is3xxRedirection());

        var results = api.get("xs_staff", "/api/v1/proposals/key-appraisals/" + appraisal).andExpect(status().isOk());
        assertThat(((Number) api.read(results, "$.raters")).intValue()).isEqualTo(2);
        List<Map<String, Object>> units = api.read(results, "$.units[?(@.unitId == " + unit + ")]");
        assertThat(units.getFirst()).containsEntry("satisfied", 1).containsEntry("basicallySatisfied", 1).containsEntry("dissatisfied", 0);
        var memberView = api.get("xs_member", "/api/v1/proposals/key-appraisals/" + appraisal).andExpect(status().isOk());
        assertThat((List<Integer>) api.read(memberView, "$.units[*].satisfied")).containsOnly(0);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'key_appraisal_rating' and column_name like '%member%'")
                .query(Long.class).single()).as("a rating carries no rater").isZero();

        Map<String, Integer> annual = annual();
        assertThat(annual.get("KEY_APPRAISAL_UNITS")).isEqualTo(unitIds.size());
        assertThat(annual.get("KEY_APPRAISAL_RATINGS")).isEqualTo(2 * unitIds.size());
        assertThat(annual.get("KEY_APPRAISAL:SATISFIED")).isEqualTo(unitIds.size());
        assertThat(annual.get("KEY_APPRAISAL:BASICALLY_SATISFIED")).isEqualTo(unitIds.size());
        assertThat(annual.get("KEY_APPRAISAL:DISSATISFIED")).isZero();

        api.post("xs_staff", "/api/v1/proposals/key-appraisals/" + appraisal + "/close", null).andExpect(status().isOk());
        api.post("xs_member2", "/api/v1/proposals/key-appraisals/" + appraisal + "/ratings", satisfied).andExpect(status().isConflict());
        String page = mvc.perform(get("/proposals/key-appraisals/" + appraisal).session(login(mvc, "xs_staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("满意和基本满意率", "100.0%", "已结束");
    }

    @Test
    void everyProposalSideFigureDrillsDownToAsManyRecordsAsItCounts() throws Exception {
        long party = jdbc.sql("select id from org_unit where committee_id = ? and kind = 'PARTY' and name = '九三学社'")
                .param(committee()).query(Long.class).single();
        long id = filedCollective(party);
        api.post("xs_staff", "/api/v1/proposals/" + id + "/instructions",
                "{\"kind\":\"INSTRUCTION\",\"leader\":\"赵书记\",\"level\":\"CITY\",\"on\":\"%s\",\"text\":\"阅示\"}".formatted(today))
                .andExpect(status().isCreated());
        var r = api.get("xs_staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> lines = api.read(r, "$.outputs");
        var mine = lines.stream().filter(l -> ((String) l.get("code")).matches("(KEY_)?BY_PARTY:.*|PROPOSAL_OUTCOME:.*|KEY_APPRAISAL.*")).toList();
        assertThat(mine).extracting(l -> l.get("code")).contains("BY_PARTY:九三学社", "PROPOSAL_OUTCOME:INSTRUCTION:CITY", "KEY_APPRAISAL_UNITS");
        for (Map<String, Object> line : mine) {
            String code = (String) line.get("code");
            var records = api.get("xs_staff", "/api/v1/reports/annual/records?year=" + year + "&size=200&figure="
                    + code).andExpect(status().isOk());
            assertThat(((Number) api.read(records, "$.total")).intValue()).as(code).isEqualTo(((Number) line.get("value")).intValue());
            assertThat((List<?>) api.read(records, "$.items")).as(code).hasSize(Math.min(((Number) line.get("value")).intValue(), 200));
        }
        String page = mvc.perform(get("/reports/annual?year=" + year).session(login(mvc, "xs_staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("九三学社提案列为重点提案", "市领导签批", "重点提案承办单位民主评议");
    }

    private Map<String, Integer> annual() throws Exception {
        cn.tongxin.support.Listeners.settled(jdbc, "rollup"); // the breakdown summaries follow the events by listener
        var r = api.get("xs_staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> lines = api.read(r, "$.outputs");
        return lines.stream().collect(Collectors.toMap(l -> (String) l.get("code"), l -> ((Number) l.get("value")).intValue()));
    }

    private long committee() {
        return jdbc.sql("select committee_id from user_account where username = 'xs_staff'").query(Long.class).single();
    }

    /** A collective proposal entered by staff (in a party's name, or a sector's when null), submitted and filed. */
    private long filedCollective(Long party) throws Exception {
        long id = draftCollective(party);
        api.post("xs_staff", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("xs_staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        return id;
    }

    private long draftCollective(Long party) throws Exception {
        long unit = party != null ? party : jdbc.sql("select min(id) from org_unit where committee_id = ? and kind = 'SECTOR'")
                .param(committee()).query(Long.class).single();
        var created = api.post("xs_staff", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"COLLECTIVE","title":"党派提案测试","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true,"collectiveUnitId":%d}""".formatted(UUID.randomUUID(), unit))
                .andExpect(status().isCreated());
        return ((Number) api.read(created, "$.proposal.id")).longValue();
    }

    private static String verdicts(List<Number> units, String verdict) {
        return units.stream().map(u -> "\"" + u.longValue() + "\":\"" + verdict + "\"")
                .collect(Collectors.joining(",", "{\"verdicts\":{", "}}"));
    }
}
