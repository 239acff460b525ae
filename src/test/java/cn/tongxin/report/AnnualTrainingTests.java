package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.line;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Members' training in the annual account (DOMAIN.md §7: 举办培训班 N 期, 培训委员 N 人次): trainings are the activities of
 * type 培训, counted by their date with their attendance, compared with last year (its locked snapshot once locked),
 * drilled down to the very records, and written into the Word document. A county's old years, so that nothing else
 * counts there.
 */
@IntegrationTest
class AnnualTrainingTests {

    static final String HELD = "ACTIVITY_TYPE:TRAINING";
    static final String PERSON_TIMES = "ACTIVITY_PERSON_TIMES:TRAINING";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    SystemSteps steps;

    @BeforeEach
    void api() {
        api = new Api(mvc);
        steps = new SystemSteps(api, jdbc, "xs_");
    }

    private long held(String title, String type, String day, String... present) throws Exception {
        return steps.activityOn(title, type, LocalDate.parse(day), present);
    }

    @Test
    void trainingsHeldAndTheirPersonTimesCountByTheirDateWithLastYearAndTheRecordsBehindThem() throws Exception {
        long lastYears = held("1996年委员培训班", "TRAINING", "1996-06-10", "member");
        held("1997年新任委员培训班", "TRAINING", "1997-03-05", "member", "member2");
        held("1997年履职能力培训", "TRAINING", "1997-09-15", "member2");
        held("1997年专题调研", "RESEARCH", "1997-05-05", "member", "member2");
        // 1996 adopted in its work report; an attendance recorded afterwards shows as a difference, not in 1997's comparison
        api.post("xs_staff", "/api/v1/reports/annual/lock", "{\"year\":1996,\"adoptedOn\":\"1997-01-20\"}").andExpect(status().isOk());
        steps.attend(lastYears, "member2");

        cn.tongxin.support.Listeners.settled(jdbc, "rollup"); // the breakdown summaries follow by listener
        var account = api.get("xs_staff", "/api/v1/reports/annual?year=1997").andExpect(status().isOk());
        Map<String, Object> trainings = line(api, account, HELD);
        Map<String, Object> people = line(api, account, PERSON_TIMES);
        assertThat(trainings).containsEntry("area", "学习培训").containsEntry("label", "举办培训（期）")
                .containsEntry("value", 2).containsEntry("previous", 1).containsEntry("change", 1);
        assertThat(people).containsEntry("label", "培训委员（人次）").containsEntry("value", 3).containsEntry("previous", 1);
        assertThat((String) people.get("definition")).contains("出席和列席人次");
        List<Map<String, Object>> types = api.read(account, "$.activityTypes");
        assertThat(types).anySatisfy(t -> assertThat(t).containsEntry("code", HELD).containsEntry("value", 2));

        for (String figure : List.of(HELD, PERSON_TIMES)) {
            var records = api.get("xs_staff", "/api/v1/reports/annual/records?size=50&year=1997&figure=" + figure).andExpect(status().isOk());
            assertThat(((Number) api.read(records, "$.total")).intValue()).as(figure).isEqualTo(figure.equals(HELD) ? 2 : 3);
            List<Map<String, Object>> items = api.read(records, "$.items");
            assertThat(items).extracting(i -> i.get("title")).containsOnly("1997年新任委员培训班", "1997年履职能力培训");
        }

        var locked = api.get("xs_staff", "/api/v1/reports/annual?year=1996").andExpect(status().isOk());
        assertThat(line(api, locked, PERSON_TIMES)).containsEntry("value", 2).containsEntry("published", 1).containsEntry("difference", 1);
    }

    @Test
    void theDocumentAndThePageCarryTheTrainingFigures() throws Exception {
        held("1995年委员学习培训", "TRAINING", "1995-04-12", "member", "member2");
        cn.tongxin.support.Listeners.settled(jdbc, "rollup"); // the breakdown summaries follow by listener
        byte[] docx = api.get("xs_staff", "/api/v1/reports/annual/document?year=1995").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTableRow> rows = doc.getTables().getFirst().getRows();
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCell(1).getText()).isEqualTo("举办培训（期）");
                assertThat(r.getCell(2).getText()).isEqualTo("1");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCell(1).getText()).isEqualTo("培训委员（人次）");
                assertThat(r.getCell(2).getText()).isEqualTo("2");
            });
            assertThat(doc.getCharts().getFirst().getChartSeries().getFirst().getSeries(0).getCategoryData().getPointCount())
                    .isEqualTo(8);
        }
        String page = mvc.perform(get("/reports/annual").param("year", "1995").session(login(mvc, "xs_staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("学习培训", "举办培训（期）", "培训委员（人次）", "学习培训（培训班期数与培训人次）",
                "ACTIVITY_PERSON_TIMES");
    }
}
