package cn.tongxin.member;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.idev.excel.FastExcel;
import cn.tongxin.support.IntegrationTest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RosterImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tongxin.privacy.PersonalData personal;

    private String importFile(String username, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/members/import")
                        .file(new MockMultipartFile("file", "名册.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
                        .session(login(mvc, username)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Members whose mobile begins with the 7-digit prefix: numbers are sealed, so by the blind indexes of all 10,000. */
    private long count(String committee, String mobilePrefix) {
        String[] indexes = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> personal.index(mobilePrefix + String.format("%04d", i))).toArray(String[]::new);
        return jdbc.sql("""
                select count(*) from member m join committee c on c.id = m.committee_id
                 where c.name = ? and m.mobile_index = any(?)""").params(committee, indexes).query(Long.class).single();
    }

    @Test
    void importsFiveHundredRowsAndUpdatesThemOnASecondImport(CapturedOutput output) throws Exception {
        byte[] file = RosterFiles.xlsx(RosterFiles.HEADERS, RosterFiles.validRows(500, 1));
        String page = importFile("staff", file);
        assertThat(page).contains("导入成功").contains("新增 <strong>500</strong> 人");
        assertThat(count("示例市政协", "1500001")).isEqualTo(500);

        String again = importFile("staff", file);
        assertThat(again).contains("新增 <strong>0</strong> 人").contains("更新 <strong>500</strong> 人");
        assertThat(count("示例市政协", "1500001")).isEqualTo(500);
        var member = jdbc.sql("""
                select m.name, m.gender, s.name as sector, a.name as party, m.standing, t.name as term
                  from member m join org_unit s on s.id = m.sector_id join org_unit a on a.id = m.affiliation_id
                  join term t on t.id = m.term_id where m.mobile_index = ?""").param(personal.index("15000010007")).query().singleRow();
        assertThat(member).containsEntry("name", "导入委员7").containsEntry("gender", "MALE")
                .containsEntry("sector", "教育界").containsEntry("party", "九三学社")
                .containsEntry("standing", true).containsEntry("term", "第十三届");
        // phone numbers never appear in logs
        assertThat(output.getAll()).doesNotContain("15000010007").doesNotContain("1500001");
    }

    @Test
    void aFileWithErrorsImportsNothingAndNamesEveryErrorByRowAndColumn() throws Exception {
        List<List<Object>> rows = new ArrayList<>(RosterFiles.validRows(20, 2));
        rows.get(10).set(9, "1234");                 // row 12: bad mobile
        rows.get(3).set(1, "未知");                   // row 5: bad gender
        rows.get(5).set(5, "不存在的界别");             // row 7: unknown sector
        rows.get(7).set(9, rows.get(6).get(9));       // row 9: duplicate of row 8
        rows.get(8).set(0, null);                     // row 10: name missing
        rows.get(9).set(3, "1970年13月");              // row 11: bad date
        String page = importFile("staff", RosterFiles.xlsx(RosterFiles.HEADERS, rows));
        assertThat(page).contains("导入失败：共6处错误，未导入任何数据")
                .contains("第12行【手机】格式不正确")
                .contains("第5行【性别】应为“男”或“女”")
                .contains("第7行【界别】“不存在的界别”不存在")
                .contains("第9行【手机】与第8行重复")
                .contains("第10行【姓名】不能为空")
                .contains("第11行【出生日期】格式不正确");
        assertThat(count("示例市政协", "1500002")).isZero();
    }

    @Test
    void aFileWithoutRequiredColumnsIsRefused() throws Exception {
        byte[] file = RosterFiles.xlsx(List.of("姓名", "性别"), List.of(Arrays.asList("张三", "男")));
        assertThat(importFile("staff", file)).contains("名册缺少必填列：【手机】");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedClearly() throws Exception {
        assertThat(importFile("staff", "这不是表格".getBytes())).contains("文件无法读取，请上传 .xlsx 格式的委员名册");
    }

    @Test
    void importIsForTheCommitteeOfTheImporter() throws Exception {
        importFile("dc_staff", RosterFiles.xlsx(RosterFiles.HEADERS, RosterFiles.validRows(5, 3)));
        assertThat(count("示例市东城区政协", "1500003")).isEqualTo(5);
        assertThat(count("示例市政协", "1500003")).isZero();
    }

    @Test
    void anExportedRosterImportsBackUnchanged() throws Exception {
        var session = login(mvc, "xs_staff");
        byte[] exported = mvc.perform(get("/members/export").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(exported)).sheet(0).headRowNumber(1).doReadSync();
        long members = jdbc.sql("""
                select count(*) from member m join committee c on c.id = m.committee_id where c.name = '示例市西山县政协'""")
                .query(Long.class).single();
        assertThat(rows).hasSize((int) members);
        String page = importFile("xs_staff", exported);
        assertThat(page).contains("新增 <strong>0</strong> 人").contains("更新 <strong>" + members + "</strong> 人");
    }
}
