package cn.tongxin.shared;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Every list export opened with POI as an office would: header frozen, filters on, columns wide enough for their Chinese
 * text, dates as dates without time (with hour and minute where the time matters), never an ISO string.
 */
@IntegrationTest
class OfficeExportsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static final DataFormatter SHOWN = new DataFormatter();

    XSSFWorkbook open(MockHttpSession session, String path) throws Exception {
        byte[] file = mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    /** Frozen header, a filter over the header and data, every column wide enough for its header and cells. */
    static void laidOutForAnOffice(XSSFSheet sheet) {
        assertThat(sheet.getPaneInformation()).as(sheet.getSheetName() + " frozen").isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName() + " filter").isTrue();
        String ref = sheet.getCTWorksheet().getAutoFilter().getRef();
        int columns = sheet.getRow(0).getLastCellNum();
        assertThat(ref).startsWith("A1:").endsWith(String.valueOf(sheet.getLastRowNum() + 1));
        for (Row row : sheet) {
            for (Cell cell : row) {
                String shown = SHOWN.formatCellValue(cell);
                assertThat(shown).as("no ISO timestamps").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").doesNotContain(".000");
                int needed = Math.min(60, OfficeLayout.display(shown));
                assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as(sheet.getSheetName() + " column " + cell.getColumnIndex()
                        + " for “" + shown + "”").isGreaterThanOrEqualTo(needed * 256);
            }
        }
        assertThat(columns).isPositive();
    }

    @Test
    void datesAreDateCellsShownWithoutTimeAndTimesOnlyWhereGiven() throws Exception {
        var out = new ByteArrayOutputStream();
        List<List<Object>> rows = List.of(Arrays.asList("全体会议", LocalDate.of(2026, 11, 25), LocalDateTime.of(2026, 11, 25, 9, 30)));
        out.writeBytes(Spreadsheets.list("表", List.of("名称", "日期", "时间"), rows));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Cell date = sheet.getRow(1).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(SHOWN.formatCellValue(date)).isEqualTo("2026-11-25");
            assertThat(SHOWN.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("2026-11-25 09:30");
            laidOutForAnOffice(sheet);
        }
    }

    @Test
    void theProposalListCarriesTheOfficesColumns() throws Exception {
        Api api = new Api(mvc);
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"关于导出清单列的提案","situation":"情况","analysis":"分析",
                 "suggestions":"建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID()));
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        long unit2 = jdbc.sql("select unit_id from user_account where username = 'unit2'").query(Long.class).single();
        api.post("staff", "/api/v1/proposals/" + id + "/assign",
                "{\"mode\":\"LEAD_WITH_CO\",\"responsibleUnits\":[" + unit + "],\"coUnits\":[" + unit2 + "]}").andExpect(status().isOk());
        String unitName = jdbc.sql("select name from handling_unit where id = ?").param(unit).query(String.class).single();
        String unit2Name = jdbc.sql("select name from handling_unit where id = ?").param(unit2).query(String.class).single();

        try (var book = open(login(mvc, "staff"), "/proposals/export?keyword=关于导出清单列的提案")) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> headers = headers(sheet);
            assertThat(headers).contains("编号", "案由", "交办方式", "主办（单办）单位", "会办单位", "分办单位", "提交日期", "立案日期",
                    "交办日期", "答复日期", "答复类别", "办理态度评价", "办理结果评价");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(headers.indexOf("案由")).getStringCellValue()).isEqualTo("关于导出清单列的提案");
            assertThat(row.getCell(headers.indexOf("交办方式")).getStringCellValue()).isEqualTo("主办+会办");
            assertThat(row.getCell(headers.indexOf("主办（单办）单位")).getStringCellValue()).isEqualTo(unitName);
            assertThat(row.getCell(headers.indexOf("会办单位")).getStringCellValue()).isEqualTo(unit2Name);
            String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            for (String column : List.of("提交日期", "立案日期", "交办日期")) {
                Cell cell = row.getCell(headers.indexOf(column));
                assertThat(DateUtil.isCellDateFormatted(cell)).as(column).isTrue();
                assertThat(SHOWN.formatCellValue(cell)).as(column).isEqualTo(today);
            }
            laidOutForAnOffice(sheet);
        }
    }

    @Test
    void everyListExportIsLaidOutForAnOffice() throws Exception {
        var staff = login(mvc, "staff");
        long activity = jdbc.sql("""
                select a.id from activity a join committee c on c.id = a.committee_id where c.name = '示例市政协' order by a.id limit 1""")
                .query(Long.class).single();
        for (String path : List.of("/proposals/export", "/suggestions/export", "/opinions/export", "/activities/export",
                "/members/export", "/activities/" + activity + "/attendance.xlsx", "/proposals/statistics.xlsx")) {
            try (var book = open(staff, path)) {
                for (int s = 0; s < book.getNumberOfSheets(); s++) {
                    laidOutForAnOffice(book.getSheetAt(s));
                }
            }
        }
        try (var book = open(staff, "/activities/export")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(headers(sheet)).contains("活动名称", "开始时间", "结束时间", "地点");
            if (sheet.getLastRowNum() > 0) {
                assertThat(SHOWN.formatCellValue(sheet.getRow(1).getCell(headers(sheet).indexOf("开始时间"))))
                        .as("an activity's time matters").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            }
        }
        try (var book = open(staff, "/suggestions/export")) {
            assertThat(headers(book.getSheetAt(0))).contains("标题", "提出委员", "收到日期", "承办单位", "交办日期", "答复日期",
                    "答复类别", "办理结果评价");
        }
        try (var book = open(staff, "/opinions/export")) {
            assertThat(headers(book.getSheetAt(0))).contains("标题", "作者", "来源", "状态", "报送日期");
        }
    }

    @Test
    void membersAndUnitsDoNotExportTheOfficesLists() throws Exception {
        for (String user : List.of("member", "unit")) {
            for (String path : List.of("/suggestions/export", "/opinions/export", "/activities/export")) {
                assertThat(mvc.perform(get(path).session(login(mvc, user))).andReturn().getResponse().getStatus())
                        .as(user + " " + path).isEqualTo(403);
            }
        }
    }
}
