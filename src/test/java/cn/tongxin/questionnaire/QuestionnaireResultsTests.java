package cn.tongxin.questionnaire;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Results per option, scale and matrix; texts for the office; the .xlsx export with the same columns on every row. */
@IntegrationTest
class QuestionnaireResultsTests {

    static final String QUESTIONS = """
            {"questions": [
              {"key": "q1", "kind": "SINGLE", "title": "题一", "required": true, "options": ["甲", "乙"], "other": true},
              {"key": "q2", "kind": "MULTIPLE", "title": "题二", "required": true, "options": ["A", "B", "C"], "other": true},
              {"key": "q3", "kind": "TEXT", "title": "题三", "required": false, "showIf": {"question": "q1", "anyOf": ["甲"]}},
              {"key": "q4", "kind": "SCALE", "title": "题四", "required": true, "min": 1, "max": 5},
              {"key": "q5", "kind": "MATRIX", "title": "题五", "required": true, "min": 1, "max": 5, "rows": ["服务", "效率"]}
            ]}""";

    @Autowired
    MockMvc mvc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    private long answered() throws Exception {
        long id = Questionnaires.open(mvc, api, "结果与导出", "MEMBERS", null, QUESTIONS);
        api.post("member", "/api/v1/questionnaires/" + id + "/answers", """
                {"answers": {"q1": {"choices": ["甲"]}, "q2": {"choices": ["A", "C"]}, "q3": {"text": "=1+1 好"},
                             "q4": {"value": 4}, "q5": {"rows": {"服务": 5, "效率": 3}}}}""").andExpect(status().isCreated());
        api.post("member2", "/api/v1/questionnaires/" + id + "/answers", """
                {"answers": {"q1": {"choices": ["__other"], "other": "丁"}, "q2": {"choices": ["B", "__other"], "other": "D"},
                             "q3": {"text": "隐藏时不保存"}, "q4": {"value": 2}, "q5": {"rows": {"服务": 3, "效率": 3}}}}""")
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void resultsCountEachOptionAndAverageEachScaleAndMatrixRow() throws Exception {
        long id = answered();
        var r = api.get("staff", "/api/v1/questionnaires/" + id + "/results").andExpect(status().isOk());
        assertThat(((Number) api.read(r, "$.responses")).longValue()).isEqualTo(2);
        List<Object> q1 = api.read(r, "$.questions[0].options[*].count");
        assertThat(q1).containsExactly(1, 0, 1);
        assertThat((Object) api.read(r, "$.questions[0].options[0].percent")).isEqualTo(50.0);
        List<Object> q2 = api.read(r, "$.questions[1].options[*].count");
        assertThat(q2).containsExactly(1, 1, 1, 1);
        assertThat(((Number) api.read(r, "$.questions[2].asked")).longValue()).isEqualTo(1);
        assertThat((Object) api.read(r, "$.questions[3].scale[0].average")).isEqualTo(3.0);
        List<Object> distribution = api.read(r, "$.questions[3].scale[0].counts");
        assertThat(distribution).containsExactly(0, 1, 0, 1, 0);
        List<Object> matrix = api.read(r, "$.questions[4].scale[*].average");
        assertThat(matrix).containsExactly(4.0, 3.0);
        var texts = api.get("leader", "/api/v1/questionnaires/" + id + "/results/texts?question=q3").andExpect(status().isOk());
        List<Object> written = api.read(texts, "$.items[*].text");
        assertThat(written).containsExactly("=1+1 好");

        String page = mvc.perform(get("/questionnaires/" + id + "/results").session(login(mvc, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-chart=", "第1题 题一", "50%", "查看文字回答（1 条）");
    }

    @Test
    void membersSeeResultsOnlyWhenPublishedAndNeverTheTexts() throws Exception {
        long id = answered();
        String path = "/api/v1/questionnaires/" + id + "/results";
        api.get("member", path).andExpect(status().isNotFound());
        api.get("dc_staff", path).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/questionnaires/" + id + "/results/publish", null).andExpect(status().isNoContent());
        api.get("member", path).andExpect(status().isOk());
        api.get("member", path + "/texts?question=q3").andExpect(status().isForbidden());
        api.get("member", "/api/v1/questionnaires/" + id + "/export").andExpect(status().isForbidden());
        api.get("leader", "/api/v1/questionnaires/" + id + "/export").andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/questionnaires/" + id + "/export").andExpect(status().isNotFound());
    }

    @Test
    void theExportHasFixedColumnsPerQuestionEvenWhereAConditionHidItBlank() throws Exception {
        long id = answered();
        byte[] xlsx = api.get("staff", "/api/v1/questionnaires/" + id + "/export").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0), 14)).containsExactly("序号", "提交时间", "计入统计", "Q1 题一", "Q1 题一 - 其他（请注明）",
                    "Q2 题二 - A", "Q2 题二 - B", "Q2 题二 - C", "Q2 题二 - 其他", "Q2 题二 - 其他（请注明）", "Q3 题三", "Q4 题四",
                    "Q5 题五 - 服务", "Q5 题五 - 效率");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            // a text that looks like a formula is written as text
            assertThat(cells(sheet.getRow(1), 14).subList(2, 14)).containsExactly("是", "甲", "", "1", "0", "1", "0", "", "'=1+1 好", "4", "5", "3");
            // member2 chose 其他: the text question shown only after 甲 is blank
            assertThat(cells(sheet.getRow(2), 14).subList(2, 14)).containsExactly("是", "其他", "丁", "0", "1", "0", "1", "D", "", "2", "3", "3");
        }
    }

    private static List<String> cells(Row row, int count) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
        }
        return cells;
    }
}
