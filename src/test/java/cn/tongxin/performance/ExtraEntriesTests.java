package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.account.RunAs;
import cn.tongxin.performance.internal.RuleSetStore;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Staff-added entries and members' claims through the API: the flow, the points, permissions, audit and refusals. */
@IntegrationTest
class ExtraEntriesTests {

    static final byte[] PDF = "%PDF-1.4 证明材料".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuleSetStore ruleSets;
    @Autowired
    PerformanceRecords records;
    @Autowired
    RunAs runAs;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long memberOf(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long committeeOf(String user) {
        return jdbc.sql("select committee_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    ResultActions send(String user, String path, Map<String, String> fields, MockMultipartFile... files) throws Exception {
        var request = multipart(path).header("Authorization", "Bearer " + api.token(user));
        fields.forEach(request::param);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request);
    }

    static Map<String, String> fields(LocalDate on, String kind, String title) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requestKey", UUID.randomUUID().toString());
        m.put("happenedOn", on.toString());
        m.put("kind", kind);
        m.put("title", title);
        m.put("note", "说明：" + title);
        return m;
    }

    static MockMultipartFile pdf() {
        return new MockMultipartFile("files", "证明.pdf", "application/pdf", PDF);
    }

    long claim(String user, LocalDate on, String title) throws Exception {
        var r = send(user, "/api/v1/performance/claims", fields(on, "UPPER_ACTIVITY", title), pdf())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.entry.status").value("CLAIMED"));
        return ((Number) api.read(r, "$.entry.id")).longValue();
    }

    long add(String staff, long memberId, LocalDate on, String title, MockMultipartFile... files) throws Exception {
        var f = fields(on, "DONATION", title);
        f.put("memberId", Long.toString(memberId));
        var r = send(staff, "/api/v1/performance/entries", f, files).andExpect(status().isCreated())
                .andExpect(jsonPath("$.entry.status").value("COUNTED"));
        return ((Number) api.read(r, "$.entry.id")).longValue();
    }

    ResultActions putJson(String user, String path, String json) throws Exception {
        return mvc.perform(put(path).header("Authorization", "Bearer " + api.token(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions deleteAs(String user, String path) throws Exception {
        return mvc.perform(delete(path).header("Authorization", "Bearer " + api.token(user)));
    }

    List<String> audited(long id) {
        return jdbc.sql("select action || '|' || coalesce(detail, '') || '|' || username from audit_log where target_type = 'performance_entry' and target_id = ? order by id")
                .param(Long.toString(id)).query(String.class).list();
    }

    @Test
    void anApprovedClaimCountsWithTheAccumulateSetsExtraPoints() throws Exception {
        long city = committeeOf("staff");
        long member = memberOf("member");
        int year = 2011; // a year no other test uses: its published set is ours
        ruleSets.insertPublished(city, year, DefaultRuleSets.accumulate(), null, "测试");
        assertThat(ruleSets.published(city, year).orElseThrow().rules().name()).isEqualTo(DefaultRuleSets.accumulate().name());

        long id = claim("member", LocalDate.of(year, 6, 18), "参加省政协专题协商会");
        var pending = runAs.user("staff", () -> records.of(member, year));
        assertThat(pending.score().lines()).filteredOn(l -> l.entry().id() == id)
                .singleElement().satisfies(l -> assertThat(l.points()).isZero());
        api.get("staff", "/api/v1/performance/claims").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].status").value("CLAIMED"));

        api.post("staff", "/api/v1/performance/claims/" + id + "/approve", "{\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.status").value("COUNTED")).andExpect(jsonPath("$.entry.decidedBy").value("staff"));

        var record = runAs.user("staff", () -> records.of(member, year));
        var line = record.score().lines().stream().filter(l -> l.entry().id() == id).findFirst().orElseThrow();
        assertThat(line.entry().status()).isEqualTo(Entry.EntryStatus.COUNTED);
        assertThat(line.entry().qualifier()).isEqualTo(ExtraKind.UPPER_ACTIVITY.name());
        assertThat(line.entry().link()).isEqualTo("/performance/entries/" + id);
        assertThat(line.item()).isEqualTo("EXTRA");
        assertThat(line.points()).isEqualByComparingTo("3");
        assertThat(record.score().byCategory().get("HONOUR")).isEqualByComparingTo("3");
        BigDecimal stored = jdbc.sql("""
                select s.total from performance_score s join performance_rule_set r on r.id = s.rule_set_id
                 where s.committee_id = ? and s.year = ? and s.member_id = ? and r.status = 'PUBLISHED'""")
                .params(city, year, member).query(BigDecimal.class).single();
        assertThat(stored).isEqualByComparingTo(record.score().total());
        assertThat(audited(id)).hasSize(2);
        assertThat(audited(id).get(0)).startsWith("申报履职记录|").contains("参加省政协专题协商会").endsWith("|member");
        assertThat(audited(id).get(1)).startsWith("通过履职申报|").contains("（" + member + "）").endsWith("|staff");
    }

    @Test
    void aRefusedClaimStaysVisibleToItsMemberWithTheReason() throws Exception {
        long id = claim("member", today().minusDays(3), "慈善捐款");
        api.post("staff", "/api/v1/performance/claims/" + id + "/refuse", "{\"reason\":\"  \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("理由")));
        api.post("staff", "/api/v1/performance/claims/" + id + "/refuse", "{\"reason\":\"证明材料不清晰\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.status").value("REFUSED"));
        api.get("member", "/api/v1/performance/entries/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.status").value("REFUSED")).andExpect(jsonPath("$.entry.decisionNote").value("证明材料不清晰"))
                .andExpect(jsonPath("$.actions").isEmpty());
        api.get("member", "/api/v1/performance/claims?size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].decisionNote").value("证明材料不清晰"));
        api.post("staff", "/api/v1/performance/claims/" + id + "/approve", null).andExpect(status().isConflict());
        assertThat(audited(id)).last().asString().startsWith("不予通过履职申报|").contains("证明材料不清晰");
    }

    @Test
    void aMemberWithdrawsOnlyTheirOwnPendingClaim() throws Exception {
        long id = claim("member", today(), "参加全国政协培训班");
        api.post("member2", "/api/v1/performance/claims/" + id + "/withdraw", null).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/performance/claims/" + id + "/withdraw", null).andExpect(status().isForbidden());
        api.post("member", "/api/v1/performance/claims/" + id + "/withdraw", null).andExpect(status().isNoContent());
        api.get("member", "/api/v1/performance/entries/" + id).andExpect(status().isNotFound());
        assertThat(audited(id)).last().asString().startsWith("撤回履职申报|");

        long approved = claim("member", today(), "获省级表彰");
        api.post("staff", "/api/v1/performance/claims/" + approved + "/approve", null).andExpect(status().isOk());
        api.post("member", "/api/v1/performance/claims/" + approved + "/withdraw", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已计入")));
    }

    @Test
    void staffAddAnEntryWithEvidenceThatItsMemberCanDownload() throws Exception {
        long member2 = memberOf("member2");
        long id = add("staff", member2, today().minusDays(10), "向希望小学捐赠图书",
                new MockMultipartFile("files", "收据.png", "image/png", PNG));
        var page = api.get("staff", "/api/v1/performance/entries/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.origin").value("STAFF")).andExpect(jsonPath("$.entry.kind").value("DONATION"))
                .andExpect(jsonPath("$.evidence[0].filename").value("收据.png"));
        long file = ((Number) api.read(page, "$.evidence[0].id")).longValue();
        mvc.perform(get("/api/v1/performance/entries/" + id + "/files/" + file).header("Authorization", "Bearer " + api.token("member2")))
                .andExpect(status().isOk()).andExpect(content().bytes(PNG));
        api.get("member", "/api/v1/performance/entries/" + id).andExpect(status().isNotFound());
        api.get("member", "/api/v1/performance/entries/" + id + "/files/" + file).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from performance_entry where id = ? and member_id = ? and status = 'COUNTED' and origin = 'STAFF'")
                .params(id, member2).query(Long.class).single()).isEqualTo(1);
        assertThat(audited(id)).singleElement().asString().startsWith("补录履职记录|").contains("向希望小学捐赠图书").endsWith("|staff");
    }

    @Test
    void onlyTheCommitteesStaffAddAndDecide() throws Exception {
        long member2 = memberOf("member2");
        var forOther = fields(today(), "HONOUR", "替别人申报");
        forOther.put("memberId", Long.toString(member2));
        send("member", "/api/v1/performance/entries", forOther, pdf()).andExpect(status().isForbidden());
        long id = claim("member", today(), "自己的申报");
        api.post("member", "/api/v1/performance/claims/" + id + "/approve", null).andExpect(status().isForbidden());
        api.post("unit", "/api/v1/performance/claims/" + id + "/approve", null).andExpect(status().isForbidden());
        api.get("unit", "/api/v1/performance/entries/" + id).andExpect(status().isForbidden());
        send("unit", "/api/v1/performance/claims", fields(today(), "HONOUR", "单位申报"), pdf()).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/performance/entries/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/performance/claims/" + id + "/approve", null).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/performance/claims").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());

        long countyMember = memberOf("dc_member");
        var countyBody = fields(today(), "TRAINING", "别会委员的培训");
        countyBody.put("memberId", Long.toString(countyMember));
        send("staff", "/api/v1/performance/entries", countyBody, pdf()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        assertThat(jdbc.sql("select count(*) from performance_entry where member_id = ? and title = '别会委员的培训'")
                .param(countyMember).query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndCorrectionsAndDeletionsNeedAReason() throws Exception {
        long member2 = memberOf("member2");
        long id = add("staff", member2, today().minusDays(5), "参加市级培训");
        String data = "{\"happenedOn\":\"%s\",\"kind\":\"TRAINING\",\"title\":\"参加省级培训\"}".formatted(today().minusDays(4));
        putJson("staff", "/api/v1/performance/entries/" + id, "{\"version\":0,\"data\":" + data + "}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        putJson("staff", "/api/v1/performance/entries/" + id, "{\"version\":0,\"reason\":\"名称录错\",\"data\":" + data + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.entry.title").value("参加省级培训"))
                .andExpect(jsonPath("$.entry.kind").value("TRAINING")).andExpect(jsonPath("$.entry.version").value(1));
        putJson("staff", "/api/v1/performance/entries/" + id, "{\"version\":0,\"reason\":\"再改\",\"data\":" + data + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("已被他人修改")));
        putJson("member2", "/api/v1/performance/entries/" + id, "{\"version\":1,\"reason\":\"自己改\",\"data\":" + data + "}")
                .andExpect(status().isForbidden());
        deleteAs("staff", "/api/v1/performance/entries/" + id + "?version=1").andExpect(status().isUnprocessableContent());
        deleteAs("staff", "/api/v1/performance/entries/" + id + "?version=0&reason=重复录入").andExpect(status().isConflict());
        deleteAs("staff", "/api/v1/performance/entries/" + id + "?version=1&reason=重复录入").andExpect(status().isNoContent());
        api.get("staff", "/api/v1/performance/entries/" + id).andExpect(status().isNotFound());
        var actions = audited(id);
        assertThat(actions).hasSize(3);
        assertThat(actions.get(1)).startsWith("更正履职记录|").contains("名称录错").contains("参加省级培训");
        assertThat(actions.get(2)).startsWith("删除履职记录|").contains("重复录入").contains("（" + member2 + "）");
    }

    @Test
    void aClaimSentTwiceWithTheSameRequestKeyIsKeptOnce() throws Exception {
        var f = fields(today(), "OTHER", "双击提交的申报");
        long first = ((Number) api.read(send("member", "/api/v1/performance/claims", f, pdf()).andExpect(status().isCreated()),
                "$.entry.id")).longValue();
        long second = ((Number) api.read(send("member", "/api/v1/performance/claims", f, pdf()).andExpect(status().isCreated()),
                "$.entry.id")).longValue();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from performance_entry where title = '双击提交的申报'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attachment where owner_id = ? and owner_type = ?")
                .params(first, ExtraEntries.SUBJECT.name()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithChineseMessages() throws Exception {
        send("member", "/api/v1/performance/claims", fields(today().plusDays(2), "HONOUR", "未来的事"), pdf())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'happenedOn')].message").value("日期不能晚于今天"));
        send("member", "/api/v1/performance/claims", fields(today(), "HONOUR", " "), pdf())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(Matchers.hasItem(Matchers.containsString("请填写事项名称"))));
        send("member", "/api/v1/performance/claims", fields(today(), "FLYING", "未知类别"), pdf())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("类别“FLYING”不存在"));
        send("member", "/api/v1/performance/claims", fields(today(), "HONOUR", "没有证明"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'files')].message").value(Matchers.hasItem(Matchers.containsString("证明材料"))));
        send("member", "/api/v1/performance/claims", fields(today(), "HONOUR", "文本证明"),
                new MockMultipartFile("files", "证明.txt", "text/plain", "纯文本".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'files')].message").value(Matchers.hasItem(Matchers.containsString("类型不支持"))));
        send("member", "/api/v1/performance/claims", fields(today(), "HONOUR", "日期乱写"), pdf())
                .andExpect(status().isCreated());
        var badDate = fields(today(), "HONOUR", "日期乱写2");
        badDate.put("happenedOn", "2026年3月");
        send("member", "/api/v1/performance/claims", badDate, pdf()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'happenedOn')].message").value(Matchers.hasItem(Matchers.containsString("日期格式"))));
        assertThat(jdbc.sql("select count(*) from performance_entry where title in ('未来的事', '未知类别', '没有证明', '文本证明', '日期乱写2')")
                .query(Long.class).single()).isZero();
    }
}
