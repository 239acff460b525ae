package cn.tongxin.history;

import static cn.tongxin.history.HistoryFiles.row;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Imported records say so: their pages carry the "历史导入（只读）" badge and offer no step (no form posts to them), and
 * the API views read {@code imported: true} with no action; live records read {@code imported: false}.
 */
@IntegrationTest
class ImportedRecordPagesTests {

    static final String BADGE = "历史导入（只读）";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long county;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        county = jdbc.sql("select committee_id from user_account where username = 'dc_staff'").query(Long.class).single();
    }

    private void upload(String kind, byte[] xlsx) throws Exception {
        mvc.perform(multipart("/api/v1/history/imports/" + kind).file(HistoryFiles.file(xlsx))
                .header("Authorization", "Bearer " + api.token("dc_staff"))).andExpect(status().isCreated());
    }

    private long id(String table, String title) {
        return jdbc.sql("select id from " + table + " where committee_id = ? and title = ?").params(county, title).query(Long.class).single();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void importedRecordsCarryTheBadgeAndOfferNoStepOnPagesOrInTheApi() throws Exception {
        jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, '史徽章甲', 'FEMALE', '13600007788')").param(county).update();
        String unit = jdbc.sql("select name from handling_unit where committee_id = ? and active order by id limit 1").param(county)
                .query(String.class).single();
        upload("proposals", HistoryFiles.xlsx(HistoryFiles.PROPOSALS, List.<List<Object>>of(
                row("徽章第1号", "关于徽章提案的建议", "史徽章甲", "社会建设", "2011-03-01", "是", "2011-03-10", null, null, "单办",
                        unit, null, null, "B", "2011-06-01", null, null, null))));
        upload("opinion-reports", HistoryFiles.xlsx(HistoryFiles.REPORTS, List.<List<Object>>of(
                row("关于徽章的社情民意", "史徽章甲", "社会建设", "2011-03-05", null, null, null, null, null, null, null, null))));
        upload("activities", HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.<List<Object>>of(
                row("徽章的专题调研", "调研", "2011-04-01", null, "东城区", null, "史徽章甲", null, null))));
        upload("outputs", HistoryFiles.xlsx(HistoryFiles.OUTPUTS, List.<List<Object>>of(
                row("关于徽章的调研报告", "调研报告", "徽章的专题调研", null, "史徽章甲", "2011-05-01", null, null, null, null, null, null))));
        long proposal = id("proposal", "关于徽章提案的建议");
        long report = id("opinion_report", "关于徽章的社情民意");
        long activity = id("activity", "徽章的专题调研");
        long output = id("activity_output", "关于徽章的调研报告");

        api.get("dc_staff", "/api/v1/proposals/" + proposal).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(true));
        api.get("dc_staff", "/api/v1/opinions/" + report).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.actions").isEmpty()).andExpect(jsonPath("$.upwardOffered").value(false));
        api.get("dc_staff", "/api/v1/activities/" + activity).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.actions").isEmpty()).andExpect(jsonPath("$.outputs[0].imported").value(true));

        MockHttpSession staff = login(mvc, "dc_staff");
        assertThat(page(staff, "/proposals/" + proposal)).contains(BADGE).contains("id=\"handling\"")
                .doesNotContain("action=\"/proposals/" + proposal).doesNotContain("action=\"/handling/");
        assertThat(page(staff, "/opinions/" + report)).contains(BADGE).doesNotContain("action=\"/opinions/" + report)
                .doesNotContain("data-action=");
        assertThat(page(staff, "/activities/" + activity)).contains(BADGE).doesNotContain("action=\"/activities/" + activity)
                .doesNotContain("现场签到码");
        assertThat(page(staff, "/activities/" + activity + "/outputs/" + output)).contains(BADGE)
                .doesNotContain("action=\"/activities/" + activity + "/outputs/" + output).doesNotContain("登记采用");
    }

    @Test
    void liveRecordsAreNotMarkedImported() throws Exception {
        var created = api.post("dc_member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"关于现录提案的建议","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long proposal = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("dc_member", "/api/v1/proposals/" + proposal + "/submit", null).andExpect(status().isOk());
        api.get("dc_staff", "/api/v1/proposals/" + proposal).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(false));
        assertThat(page(login(mvc, "dc_staff"), "/proposals/" + proposal)).doesNotContain(BADGE);
    }
}
