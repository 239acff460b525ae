package cn.tongxin.rollup.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.proposal.ProposalStatistics;
import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.Rate;
import cn.tongxin.rollup.SystemFigures;
import cn.tongxin.rollup.SystemStatistics;
import cn.tongxin.web.Chart;

/**
 * The 大屏 (meeting-room screen): this year's headline figures of the committee with every committee below it, the
 * last five years, and the committee's own proposals by category and units' 办复率. Read from the system statistics'
 * per-year summaries and the proposal statistics — no figure of its own. Staff, administrators and leaders only
 * (the services check).
 */
@Component
class Dashboards {

    static final int YEARS = 5;
    static final int UNITS = 10;

    private final SystemStatistics statistics;
    private final ProposalStatistics proposals;
    private final Clock clock;

    Dashboards(SystemStatistics statistics, ProposalStatistics proposals, Clock clock) {
        this.statistics = statistics;
        this.proposals = proposals;
        this.clock = clock;
    }

    /** A big number of the screen: {@code value} as shown (a count, or a rate with "%", "—" without a denominator). */
    record Headline(String area, String label, String value, String definition) {
    }

    /** The screen's content; the page shows it and the API returns it. {@code system}: more than one committee is summed. */
    record Dashboard(int year, String committee, boolean system, Instant generatedAt, List<Headline> headlines,
                     List<Chart> charts) {
    }

    Dashboard build() {
        int year = LocalDate.now(clock).getYear();
        SystemFigures now = statistics.report(year, null, null);
        SystemFigures.Row total = now.system();
        List<Headline> headlines = new ArrayList<>();
        headlines.add(count(total, Figure.PROPOSALS_RECEIVED, "提案收到"));
        headlines.add(count(total, Figure.PROPOSALS_FILED, "提案立案"));
        headlines.add(rate(total, Rate.PROPOSAL_REPLY_RATE, "提案办复率"));
        headlines.add(count(total, Figure.SUGGESTIONS_RECEIVED, "微建议收到"));
        headlines.add(rate(total, Rate.SUGGESTION_REPLY_RATE, "微建议办复率"));
        headlines.add(count(total, Figure.OPINIONS_RECEIVED, "社情民意收到"));
        headlines.add(count(total, Figure.OPINIONS_ISSUED, "社情民意编发"));
        long adopted = 0;
        for (AdoptionLevel level : AdoptionLevel.values()) {
            adopted += total.value(Figure.adopted(level));
        }
        headlines.add(new Headline("社情民意", "社情民意采用", Long.toString(adopted), "期间内被各级采用的信息条目（按级别分别计数）之和"));
        headlines.add(count(total, Figure.ACTIVITIES_HELD, "履职活动"));
        headlines.add(count(total, Figure.ACTIVITIES_PERSON_TIMES, "参加人次"));
        headlines.add(rate(total, Rate.ATTENDANCE_RATE, "出席率"));

        List<Chart> charts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<SystemFigures> years = new ArrayList<>();
        for (int y = year - YEARS + 1; y <= year; y++) {
            labels.add(y + "年");
            years.add(y == year ? now : statistics.report(y, null, null));
        }
        charts.addAll(SystemCharts.trend(labels, years));
        boolean system = now.committees().size() > 1;
        if (system) {
            List<String> names = now.committees().stream().map(SystemFigures.Row::name).toList();
            List<Chart.Series> series = new ArrayList<>();
            for (Figure f : List.of(Figure.PROPOSALS_RECEIVED, Figure.SUGGESTIONS_RECEIVED, Figure.OPINIONS_RECEIVED, Figure.ACTIVITIES_HELD)) {
                series.add(Chart.Series.of(f.area() + (f == Figure.ACTIVITIES_HELD ? "" : f.label()),
                        now.committees().stream().map(r -> (Number) r.value(f)).toList()));
            }
            charts.add(new Chart(Chart.Kind.HBAR, "各政协" + year + "年", names, series, ""));
        }
        Map<String, Number> adoption = new LinkedHashMap<>();
        for (AdoptionLevel level : AdoptionLevel.values()) {
            adoption.put(level.label(), total.value(Figure.adopted(level)));
        }
        charts.add(Chart.bar("社情民意采用（按层级）", "条", "采用", adoption));

        var own = proposals.report(new ProposalStatistics.Period(null, year, null, null));
        own.breakdowns().stream().filter(b -> b.label().equals("按分类")).findFirst().ifPresent(b -> {
            Map<String, Number> categories = new LinkedHashMap<>();
            b.rows().forEach(r -> categories.merge(r.label(), r.value(), (x, y) -> x.longValue() + y.longValue()));
            charts.add(Chart.pie("本级提案按分类", "件", categories));
        });
        var units = own.handling().units().stream()
                .sorted(Comparator.comparingLong(HandlingStatistics.UnitRow::assigned).reversed()).limit(UNITS).toList();
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "本级承办单位办复率与满意率（交办最多的 " + UNITS + " 个）", "%", units,
                HandlingStatistics.UnitRow::unitName,
                Chart.Column.of("办复率", (HandlingStatistics.UnitRow u) -> Chart.percent(u.replied(), u.assigned())),
                Chart.Column.of("满意和基本满意率", (HandlingStatistics.UnitRow u) -> Chart.percent(u.satisfiedOrBasically(), u.rated()))));
        String committee = now.committees().stream().filter(SystemFigures.Row::own).map(SystemFigures.Row::name).findFirst().orElse("");
        return new Dashboard(year, committee, system, clock.instant(), headlines, charts);
    }

    private static Headline count(SystemFigures.Row row, Figure figure, String label) {
        return new Headline(figure.area(), label, Long.toString(row.value(figure)), figure.definition());
    }

    private static Headline rate(SystemFigures.Row row, Rate rate, String label) {
        return new Headline(rate.area(), label, row.rate(rate), rate.definition());
    }
}
