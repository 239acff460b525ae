package cn.tongxin.suggestion.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.suggestion.SuggestionQueries;

final class SuggestionExport {

    private SuggestionExport() {
    }

    static byte[] xlsx(SuggestionQueries.Statistics s) {
        List<List<Object>> figures = new ArrayList<>();
        figures.add(Arrays.asList("收到", s.received(), "期间内提出的微建议（不含撤回）"));
        figures.add(Arrays.asList("受理", s.accepted(), "受理并交办的微建议"));
        figures.add(Arrays.asList("不予受理", s.rejected(), "不予受理的微建议"));
        figures.add(Arrays.asList("转办", s.converted(), "转为提案或社情民意信息"));
        figures.add(Arrays.asList("办复", s.replied(), "承办单位已答复"));
        figures.add(Arrays.asList("办复率", s.replyRate(), "办复 ÷ 受理"));
        figures.add(Arrays.asList("按期办复", s.repliedOnTime(), "在工作日期限内答复"));
        figures.add(Arrays.asList("超期未答复", s.overdue(), "已过期限尚未答复"));
        figures.add(Arrays.asList("办理结果满意", s.handling().result().satisfied(), "“满意”评价数"));
        figures.add(Arrays.asList("办理结果基本满意", s.handling().result().basicallySatisfied(), "“基本满意”评价数"));
        figures.add(Arrays.asList("办理结果不满意", s.handling().result().dissatisfied(), "“不满意”评价数"));
        List<List<Object>> units = new ArrayList<>();
        s.handling().units().forEach(u -> units.add(Arrays.asList(u.unitName(), u.assigned(), u.replied(), u.onTime(), u.overdue(),
                u.rated(), u.satisfiedOrBasically())));
        var out = new ByteArrayOutputStream();
        try (ExcelWriter writer = Spreadsheets.write(out).build()) {
            writer.write(figures, FastExcel.writerSheet(0, "统计").head(List.of(List.of("指标"), List.of("数值"), List.of("口径"))).build());
            writer.write(units, FastExcel.writerSheet(1, "承办单位").head(List.of(List.of("承办单位"), List.of("交办"), List.of("答复"),
                    List.of("按期"), List.of("超期"), List.of("评价人次"), List.of("满意和基本满意"))).build());
        }
        return out.toByteArray();
    }
}
