package cn.tongxin.rollup.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.Rate;
import cn.tongxin.rollup.SystemFigures;
import cn.tongxin.rollup.SystemStatistics;
import cn.tongxin.web.Chart;

/** The system statistics as charts: the same figures and rates as the page's tables, per committee and over years. */
final class SystemCharts {

    private SystemCharts() {
    }

    static final List<String> AREAS = List.of("提案", "微建议", "社情民意", "活动");

    /** Figures of a year or range per committee, one chart per area, and the rates per committee. */
    static List<Chart> of(SystemFigures stats) {
        List<Chart> charts = new ArrayList<>();
        String by = stats.committees().size() > 1 ? "（按政协）" : "";
        for (String area : AREAS) {
            List<Figure> figures = List.of(Figure.values()).stream().filter(f -> f.area().equals(area)).toList();
            charts.add(perCommittee(area + by, area.equals("活动") ? "" : area.equals("社情民意") ? "条" : "件", stats, figures));
        }
        List<String> names = stats.committees().stream().map(SystemFigures.Row::name).toList();
        List<Chart.Series> rates = new ArrayList<>();
        for (Rate r : Rate.values()) {
            rates.add(Chart.Series.of(r.area() + r.label(), stats.committees().stream()
                    .map(row -> (Number) Chart.percent(row.value(r.numerator()), row.value(r.denominator()))).toList()));
        }
        charts.add(new Chart(Chart.Kind.HBAR, "办复率与出席率" + by, names, rates, "%"));
        return charts;
    }

    private static Chart perCommittee(String title, String unit, SystemFigures stats, List<Figure> figures) {
        List<String> names = stats.committees().stream().map(SystemFigures.Row::name).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (Figure f : figures) {
            series.add(Chart.Series.of(f.label(), stats.committees().stream().map(row -> (Number) row.value(f)).toList()));
        }
        return new Chart(Chart.Kind.HBAR, title, names, series, unit);
    }

    /** The system totals over the years a range touches (none for a single year). */
    static List<Chart> trend(SystemStatistics statistics, Integer year, SystemFigures stats) {
        var years = year == null ? Chart.trendYears(stats.from(), stats.to()) : List.<Chart.YearSpan>of();
        if (years.isEmpty()) {
            return List.of();
        }
        List<SystemFigures> each = years.stream()
                .map(y -> y.whole() ? statistics.report(y.year(), null, null) : statistics.report(null, y.from(), y.to()))
                .toList();
        return trend(years.stream().map(Chart.YearSpan::label).toList(), each);
    }

    /** Received figures of each area and the rates, one point per year. */
    static List<Chart> trend(List<String> labels, List<SystemFigures> each) {
        Map<String, Figure> counted = new LinkedHashMap<>();
        counted.put("提案", Figure.PROPOSALS_RECEIVED);
        counted.put("微建议", Figure.SUGGESTIONS_RECEIVED);
        counted.put("社情民意", Figure.OPINIONS_RECEIVED);
        counted.put("活动", Figure.ACTIVITIES_HELD);
        List<Chart.Series> series = new ArrayList<>();
        counted.forEach((name, f) -> series.add(Chart.Series.of(name, each.stream().map(s -> (Number) s.system().value(f)).toList())));
        List<Chart.Series> rates = new ArrayList<>();
        for (Rate r : Rate.values()) {
            rates.add(Chart.Series.of(r.area() + r.label(), each.stream()
                    .map(s -> (Number) Chart.percent(s.system().value(r.numerator()), s.system().value(r.denominator()))).toList()));
        }
        return List.of(new Chart(Chart.Kind.LINE, "历年收到的提案、微建议、社情民意和活动场次", labels, series, ""),
                new Chart(Chart.Kind.LINE, "历年办复率与出席率", labels, rates, "%"));
    }

}
