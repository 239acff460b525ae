package cn.tongxin.history;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;

import cn.idev.excel.FastExcel;

/** Real .xlsx history files, written with FastExcel as a committee would fill the template. */
final class HistoryFiles {

    static final List<String> PROPOSALS = List.of("提案号*", "案由*", "提案人", "类别*", "提交日期*", "是否立案*", "立案日期",
            "不予立案理由", "是否重点提案", "办理方式", "承办单位", "会办单位", "交办日期", "答复类别", "答复日期", "办理态度评价",
            "办理结果评价", "评价日期", "集体提案名义");
    static final List<String> REPORTS = List.of("标题*", "作者*", "类别*", "报送日期*", "编发期号", "编发日期", "采用层级", "采用日期",
            "批示领导", "批示层级", "批示日期", "批示内容");
    static final List<String> ACTIVITIES = List.of("活动名称*", "活动类型*", "开始日期*", "结束日期", "地点", "组织单位", "出席委员",
            "请假委员", "缺席委员");
    static final List<String> OUTPUTS = List.of("成果名称*", "成果类型*", "所属活动*", "活动日期", "作者", "成果日期", "采用层级",
            "采用日期", "批示领导", "批示层级", "批示日期", "批示内容");

    private HistoryFiles() {
    }

    static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet("历史数据").doWrite(rows);
        return out.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** How many of the committee's proposals carry a number starting so (none after a refused file). */
    static long proposalsNumbered(org.springframework.jdbc.core.simple.JdbcClient jdbc, long committee, String prefix) {
        return jdbc.sql("select count(*) from proposal where committee_id = ? and number_text like ?").params(committee, prefix + "%")
                .query(Long.class).single();
    }

    static MockMultipartFile file(byte[] xlsx) {
        return new MockMultipartFile("file", "历史.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
    }
}
