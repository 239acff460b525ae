package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Refused steps, permission boundaries, combining, conversion from proposals and bulletin numbering under load. */
@IntegrationTest
class OpinionFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long report(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    long issuedItem(String title) throws Exception {
        long id = report("correspondent", title);
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"" + title + "（编辑）\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"专题\",\"recipients\":\"市委、市政府\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        return itemId;
    }

    @Test
    void correspondentsSeeOnlyTheirOwnReports() throws Exception {
        long mine = report("correspondent", "信息员本人的信息");
        long members = report("member", "委员的信息");
        api.get("correspondent", "/api/v1/opinions/" + mine).andExpect(status().isOk());
        api.get("correspondent", "/api/v1/opinions/" + members).andExpect(status().isNotFound());
        api.get("member2", "/api/v1/opinions/" + members).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/opinions/" + members).andExpect(status().isNotFound());
        api.get("leader", "/api/v1/opinions/" + members).andExpect(status().isOk());
        List<Integer> listed = api.read(api.get("correspondent", "/api/v1/opinions?size=200"), "$.items[*].id");
        assertThat(listed).contains((int) mine).doesNotContain((int) members);
        api.post("correspondent", "/api/v1/opinions/" + mine + "/accept", "{}").andExpect(status().isForbidden());
        api.post("member", "/api/v1/opinions/" + mine + "/withdraw", null).andExpect(status().isNotFound());
    }

    @Test
    void anIssuedItemCanBeCarriedAgainByAnotherBulletin() throws Exception {
        long itemId = issuedItem("再次报送的信息");
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"报省政协\",\"recipients\":\"省政协\"}");
        long again = ((Number) api.read(b, "$.id")).longValue();

        api.post("staff", "/api/v1/bulletins/" + again + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + again + "/issue", "{}").andExpect(status().isOk());

        assertThat(jdbc.sql("select count(*) from bulletin b join bulletin_item i on i.bulletin_id = b.id where i.item_id = ? and b.number is not null")
                .param(itemId).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status from opinion_report where item_id = ?").param(itemId).query(String.class).list())
                .containsOnly("ISSUED");
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() throws Exception {
        long id = report("correspondent", "顺序校验");
        api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"t\",\"text\":\"x\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该信息当前状态为“待处理”，不能编辑"));
        api.post("staff", "/api/v1/opinions/" + id + "/return", "{\"note\":\"\"}").andExpect(status().isUnprocessableContent());
        api.post("staff", "/api/v1/opinions/" + id + "/return", "{\"note\":\"请补充具体事例\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isConflict());
        int version = jdbc.sql("select version from opinion_report where id = ?").param(id).query(Integer.class).single();
        api.post("correspondent", "/api/v1/opinions/" + id + "/resubmit",
                "{\"title\":\"顺序校验（补充）\",\"body\":\"补充了具体事例\",\"version\":" + version + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"空刊\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("本期尚未选入信息，不能编发"));
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"编辑稿\",\"text\":\"正文\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"2026-01-05\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("编发后才能登记采用和批示"));
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"2026-01-05\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"2026-01-06\"}")
                .andExpect(status().isConflict());
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/revise", "{\"title\":\"改\",\"body\":\"改\",\"version\":0}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("已编发的信息不能再修改"));
    }

    @Test
    void combinedReportsKeepEveryAuthorsCredit() throws Exception {
        long a = report("correspondent", "合并甲");
        long b = report("member", "合并乙");
        api.post("staff", "/api/v1/opinions/" + a + "/accept", "{}");
        api.post("staff", "/api/v1/opinions/" + b + "/accept", "{}");
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + a + "," + b + "],\"title\":\"综合\",\"text\":\"综合编辑稿\"}")
                .andExpect(status().isCreated());
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var view = api.get("member", "/api/v1/opinion-items/" + itemId).andExpect(status().isOk());
        assertThat((List<?>) api.read(view, "$.reports")).hasSize(2);
        assertThat((String) api.read(view, "$.originalText")).contains("【合并甲】").contains("【合并乙】");
        api.get("correspondent", "/api/v1/opinion-items/" + itemId).andExpect(status().isOk());
        api.get("member2", "/api/v1/opinion-items/" + itemId).andExpect(status().isNotFound());
    }

    @Test
    void aProposalNotFiledAndConvertedBecomesAReport() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"转为社情民意的提案","body":"正文","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
        long proposal = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + proposal + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + proposal + "/reject", "{\"reason\":\"VAGUE\",\"conversion\":\"OPINION_REPORT\"}")
                .andExpect(status().isOk());
        Long report = null;
        for (int i = 0; i < 100 && report == null; i++) {
            report = jdbc.sql("select id from opinion_report where proposal_id = ?").param(proposal).query(Long.class).optional().orElse(null);
            if (report == null) {
                Thread.sleep(50);
            }
        }
        assertThat(report).as("report created from the proposal").isNotNull();
        api.get("member", "/api/v1/opinions/" + report).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.proposalId").value(proposal));
        // the publication is marked complete just after the listener's transaction commits the report: wait for that too
        long open = 1;
        for (int i = 0; i < 100 && open > 0; i++) {
            open = jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%ConvertedToOpinionReport'")
                    .query(Long.class).single();
            if (open > 0) {
                Thread.sleep(50);
            }
        }
        assertThat(open).isZero();
    }

    @Test
    void concurrentIssuingGivesGapFreeBulletinNumbers() throws Exception {
        List<Long> bulletins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long id = report("correspondent", "并发编发 " + i);
            api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}");
            var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"并发" + i + "\",\"text\":\"稿\"}");
            long itemId = ((Number) api.read(item, "$.itemId")).longValue();
            var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"并发" + i + "\",\"recipients\":\"市委\"}");
            long bulletin = ((Number) api.read(b, "$.id")).longValue();
            api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}");
            bulletins.add(bulletin);
        }
        String token = api.token("staff");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = bulletins.stream().<Callable<Integer>>map(id -> () -> mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/bulletins/" + id + "/issue")
                            .header("Authorization", "Bearer " + token).contentType("application/json").content("{}"))
                    .andReturn().getResponse().getStatus()).toList();
            for (var f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        List<Integer> numbers = jdbc.sql("select number from bulletin where committee_id = ? and status = 'ISSUED' order by number")
                .param(committee).query(Integer.class).list();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        assertThat(numbers.size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void statisticsCountReceivedIssuedAndAdopted() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        var before = api.get("staff", "/api/v1/opinions/statistics?year=" + year).andExpect(status().isOk());
        long received0 = figure(before, "收到");
        long itemId = issuedItem("统计用信息");
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/adoptions",
                "{\"level\":\"NATIONAL_CPPCC\",\"combined\":true,\"on\":\"" + java.time.LocalDate.now() + "\"}").andExpect(status().isOk());
        var after = api.get("staff", "/api/v1/opinions/statistics?year=" + year);
        assertThat(figure(after, "收到")).isEqualTo(received0 + 1);
        assertThat(((Number) api.read(after, "$.adoptedByLevel['全国政协']")).longValue()).isPositive();
        api.get("correspondent", "/api/v1/opinions/statistics?year=" + year).andExpect(status().isForbidden());
    }

    private long figure(org.springframework.test.web.servlet.ResultActions r, String label) throws Exception {
        List<java.util.Map<String, Object>> figures = api.read(r, "$.figures");
        return ((Number) figures.stream().filter(f -> f.get("label").equals(label)).findFirst().orElseThrow().get("value")).longValue();
    }
}
