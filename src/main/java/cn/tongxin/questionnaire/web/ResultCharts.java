package cn.tongxin.questionnaire.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.questionnaire.QuestionKind;
import cn.tongxin.questionnaire.QuestionnaireResults;
import cn.tongxin.questionnaire.QuestionnaireResults.QuestionResult;
import cn.tongxin.web.Chart;

/** Each question's figures with the chart the statistics pages draw (ECharts through {@code fragments :: chart}). */
record ResultCharts(QuestionResult result, Chart chart) {

    static List<ResultCharts> of(QuestionnaireResults.Results results) {
        return results.questions().stream().map(r -> new ResultCharts(r, chart(r))).toList();
    }

    private static Chart chart(QuestionResult r) {
        String title = "第" + r.number() + "题 " + r.question().title();
        QuestionKind kind = r.question().kind();
        if (kind.choice()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            r.options().forEach(o -> counts.put(o.label(), o.count()));
            return Chart.hbar(title, "人", "人数", counts);
        }
        if (kind == QuestionKind.SCALE) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Integer> scale = r.question().scale();
            for (int i = 0; i < scale.size(); i++) {
                counts.put(scale.get(i) + "分", r.scale().getFirst().counts().get(i));
            }
            return Chart.bar(title, "人", "人数", counts);
        }
        if (kind == QuestionKind.MATRIX) {
            Map<String, Double> averages = new LinkedHashMap<>();
            r.scale().forEach(row -> averages.put(row.label(), row.average()));
            return Chart.hbar(title + "（平均分）", "分", "平均分", averages);
        }
        return null;
    }
}
