package cn.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.idev.excel.FastExcel;

/** The one reader of uploaded .xlsx cells (roster and history imports): headers, row numbers as Excel shows them, limits. */
class XlsxRowsTests {

    private static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet("数据").doWrite(rows);
        return out.toByteArray();
    }

    @Test
    void rowsKeepTheirExcelNumbersBlankRowsAreDroppedAndRequiredMarksIgnored() {
        byte[] file = xlsx(List.of("姓名*", "性别", "备注"), List.of(Arrays.asList("张三", " 男 ", null),
                Arrays.asList(null, "  ", null), Arrays.asList("李四", null, "x")));
        XlsxRows rows = XlsxRows.read(new ByteArrayInputStream(file), 10, "委员名册", "可先导出一份作为模板");
        assertThat(rows.rows()).extracting(XlsxRows.Row::number).containsExactly(2, 4);
        List<String> missing = new ArrayList<>();
        Map<String, Integer> columns = rows.columns(List.of("姓名", "性别", "民族", "党派"), c -> c,
                c -> c.equals("姓名") || c.equals("民族"), missing);
        assertThat(missing).containsExactly("民族");
        assertThat(rows.rows().getFirst().cell(columns.get("性别"))).isEqualTo("男");
        assertThat(rows.rows().getFirst().cell(columns.get("党派"))).isNull();
        assertThat(rows.rows().get(1).cell(columns.get("性别"))).isNull();
    }

    @Test
    void aFileThatIsNotXlsxOrTooLongIsRefusedInChinese() {
        assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream("不是表格".getBytes()), 10, "文件", "可先下载模板"))
                .isInstanceOf(BusinessException.class).hasMessage("文件无法读取，请上传 .xlsx 格式的文件（可先下载模板）");
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            many.add(List.of("委员" + i));
        }
        assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(xlsx(List.of("姓名"), many)), 3, "委员名册", "可先导出一份作为模板"))
                .isInstanceOf(BusinessException.class).hasMessage("委员名册超过3行，请分批导入");
    }
}
