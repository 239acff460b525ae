package cn.tongxin.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.tongxin.report.AnnualAccount;
import cn.tongxin.report.AnnualAccount.Line;
import cn.tongxin.rollup.Figure;
import cn.tongxin.web.Chart;

/** The charts of the annual page, from the numbers the page's tables show (so they follow its filters). */
final class AnnualCharts {

    private static final List<Figure> MAIN = List.of(Figure.PROPOSALS_RECEIVED, Figure.PROPOSALS_FILED, Figure.PROPOSALS_REPLIED,
            Figure.PROPOSALS_KEY, Figure.SUGGESTIONS_RECEIVED, Figure.SUGGESTIONS_REPLIED, Figure.OPINIONS_RECEIVED,
            Figure.OPINIONS_ISSUED, Figure.ACTIVITIES_HELD);

    private AnnualCharts() {
    }

    static List<Chart> of(AnnualAccount a) {
        List<Chart> charts = new ArrayList<>();
        List<Line> main = MAIN.stream().map(f -> a.line(f.name())).toList();
        charts.add(compare("主要数字与上年比较", main, l -> l.area() + l.label(), "件/次"));
        List<Line> outcomes = a.figures().stream().filter(l -> l.code().startsWith("OPINIONS_ADOPTED_")
                || l.code().startsWith("OPINIONS_INSTRUCTED_")).toList();
        charts.add(compare("社情民意采用与批示（按级别）", outcomes, Line::label, "条"));
        List<Line> received = a.categories().stream().filter(l -> l.label().equals("收到")).toList();
        charts.add(new Chart(Chart.Kind.PIE, "收到提案按分类", received.stream().map(Line::area).toList(),
                List.of(Chart.Series.of("收到", received.stream().map(Line::value).toList())), "件"));
        charts.add(compare("活动按类型（含各类协商）", a.activityTypes(), Line::label, "次"));
        charts.add(compare("学习培训（培训班期数与培训人次）", a.figures().stream().filter(l -> l.area().equals("学习培训")).toList(),
                Line::label, "期/人次"));
        charts.addAll(people(a));
        List<Line> forwarded = a.outputs().stream().filter(l -> l.code().startsWith("FORWARDED:")
                || (l.code().startsWith("UPWARD:") && l.code().endsWith(":SUBMITTED"))).toList();
        charts.add(compare("报送（按层级）与报送上级政协", forwarded, Line::label, "篇"));
        if (a.committees().size() > 1) {
            List<String> names = a.committees().stream().map(AnnualAccount.CommitteeRow::name).toList();
            charts.add(Chart.hbar("各政协提案与活动", "件/次", names, series("收到提案", a, Figure.PROPOSALS_RECEIVED),
                    series("立案", a, Figure.PROPOSALS_FILED), series("活动", a, Figure.ACTIVITIES_HELD)));
        }
        return charts;
    }

    private static Chart.Series series(String name, AnnualAccount a, Figure f) {
        return Chart.Series.of(name, a.committees().stream().map(r -> r.values().getOrDefault(f.name(), 0L)).toList());
    }

    private static Chart compare(String title, List<Line> lines, Function<Line, String> label, String unit) {
        return Chart.bar(title, unit, lines.stream().map(label).toList(),
                Chart.Series.of("本年", lines.stream().map(Line::value).toList()),
                Chart.Series.of("上年", lines.stream().map(Line::previous).toList()));
    }

    /** The people-side charts: studios by level (as of today) and 发言人次 by party/group. */
    private static List<Chart> people(AnnualAccount a) {
        List<Line> studios = a.people().stream().filter(l -> l.code().startsWith("STUDIO_LEVEL:")).toList();
        List<Line> speeches = a.people().stream().filter(l -> l.code().startsWith("SPEECHES_PARTY:")).toList();
        return List.of(new Chart(Chart.Kind.PIE, "委员工作室按级别", studios.stream().map(Line::label).toList(),
                        List.of(Chart.Series.of("工作室", studios.stream().map(Line::value).toList())), "个"),
                compare("会议发言人次（按党派团体）", speeches, Line::label, "人次"));
    }
}
