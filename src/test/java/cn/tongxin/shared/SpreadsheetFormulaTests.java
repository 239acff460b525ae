package cn.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Text that looks like a formula is neutralised in every .xlsx export, in one place: {@link Spreadsheets}. */
@IntegrationTest
class SpreadsheetFormulaTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static final List<String> RISKY = List.of("=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
            "=HYPERLINK(\"http://example.com\",\"点击\")");

    @Test
    void formulaLookingTextIsWrittenAsTextWithALeadingApostrophe() throws IOException {
        var out = new ByteArrayOutputStream();
        List<List<Object>> rows = new ArrayList<>();
        RISKY.forEach(text -> rows.add(Arrays.asList(text, 7)));
        rows.add(Arrays.asList("普通文字", -3));
        rows.add(Arrays.asList("-3.5%", 1));
        rows.add(Arrays.asList("-", 1));
        Spreadsheets.write(out).head(List.of(List.of("内容"), List.of("数"))).sheet("表").doWrite(rows);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            for (int i = 0; i < RISKY.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + RISKY.get(i));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7);
            }
            assertThat(sheet.getRow(RISKY.size() + 1).getCell(0).getStringCellValue()).isEqualTo("普通文字");
            assertThat(sheet.getRow(RISKY.size() + 1).getCell(1).getNumericCellValue()).isEqualTo(-3);
            assertThat(sheet.getRow(RISKY.size() + 2).getCell(0).getStringCellValue()).isEqualTo("-3.5%");
            assertThat(sheet.getRow(RISKY.size() + 3).getCell(0).getStringCellValue()).isEqualTo("-");
        }
    }

    /** A leave reason typed by a member comes back neutralised in the attendance sheet staff download. */
    @Test
    void anExportOfUserTextNeutralisesIt() throws Exception {
        var api = new Api(mvc);
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"导出测试","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d]}""".formatted(start, start.plusHours(2), member)).andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.id")).longValue();
        api.post("member", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"=HYPERLINK(\\\"http://example.com\\\",\\\"x\\\")\"}")
                .andExpect(status().isOk());
        byte[] file = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/activities/" + id + "/attendance.xlsx")
                .session(cn.tongxin.support.Logins.login(mvc, "staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> texts = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
        }
        assertThat(texts).contains("'=HYPERLINK(\"http://example.com\",\"x\")");
        assertThat(texts).noneMatch(t -> t.startsWith("="));
    }

    /** The one place: no export builds its own FastExcel writer. */
    @Test
    void everyExportWritesThroughSpreadsheets() throws IOException {
        Path main = Path.of("src/main/java/cn/tongxin");
        try (Stream<Path> files = Files.walk(main)) {
            var offenders = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("shared/Spreadsheets.java"))
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("FastExcel.write(");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(main::relativize).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
