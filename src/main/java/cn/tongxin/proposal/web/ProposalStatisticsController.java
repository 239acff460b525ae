package cn.tongxin.proposal.web;

import cn.tongxin.web.Chart;
import cn.tongxin.web.Chart.Column;
import cn.tongxin.web.Chart.Series;
import cn.tongxin.web.Downloads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.organization.Organization;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalExports;
import cn.tongxin.proposal.ProposalStatistics;

@Controller
class ProposalStatisticsController {

    private final ProposalStatistics statistics;
    private final ProposalExports exports;
    private final Organization organization;
    private final cn.tongxin.proposal.ProposalHeadlines headlines;

    ProposalStatisticsController(ProposalStatistics statistics, ProposalExports exports, Organization organization,
                                 cn.tongxin.proposal.ProposalHeadlines headlines) {
        this.statistics = statistics;
        this.exports = exports;
        this.organization = organization;
        this.headlines = headlines;
    }

    @GetMapping("/proposals/statistics")
    String show(@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long committeeId, Model model) {
        var period = period(sessionId, year, from, to);
        var report = statistics.report(period, committeeId);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(period, report));
        model.addAttribute("period", period);
        model.addAttribute("sessions", organization.sessions());
        return "proposal/statistics";
    }

    @GetMapping("/proposals/statistics.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) Long committeeId) {
        return Downloads.of("提案统计.xlsx", Downloads.XLSX, exports.statistics(period(sessionId, year, from, to), committeeId));
    }

    @GetMapping("/proposals/export")
    ResponseEntity<byte[]> exportList(@ModelAttribute ProposalCriteria criteria) {
        return Downloads.of("提案清单.xlsx", Downloads.XLSX, exports.list(criteria));
    }

    /** The page's figures as charts, each following the page's period (a range over several years adds the trend). */
    private List<Chart> charts(ProposalStatistics.Period period, ProposalStatistics.Report report) {
        List<Chart> charts = new ArrayList<>();
        List<Chart.YearSpan> years = period.sessionId() == null && period.year() == null
                ? Chart.trendYears(period.from(), period.to()) : List.of();
        if (!years.isEmpty()) {
            // each year's headline counts (the same definitions as the page), not the whole report once per year
            long committee = report.committee().committeeId();
            List<Number> received = new ArrayList<>(), filed = new ArrayList<>(), replied = new ArrayList<>();
            for (var y : years) {
                var r = headlines.of(List.of(committee), new cn.tongxin.shared.DateRange(y.from(), y.to()))
                        .getOrDefault(committee, cn.tongxin.proposal.ProposalHeadlines.Figures.NONE);
                received.add(r.received());
                filed.add(r.filed());
                replied.add(r.replied());
            }
            charts.add(Chart.line("历年提案", "件", Chart.yearLabels(years),
                    Series.of("收到", received), Series.of("立案", filed), Series.of("办复", replied)));
        }
        Map<String, Number> rates = new LinkedHashMap<>();
        report.rates().forEach(r -> rates.put(r.label(), Chart.percent(r.numerator(), r.denominator())));
        charts.add(Chart.hbar("立案率、办复率与满意率", "%", "比率", rates));
        breakdown(report, "按分类").ifPresent(b -> charts.add(Chart.hbar("提案按分类", "件", "收到", b)));
        breakdown(report, "按类型").ifPresent(b -> charts.add(Chart.pie("提案按类型", "件", b)));
        breakdown(report, "大会提案与平时提案").ifPresent(b -> charts.add(Chart.pie("大会提案与平时提案", "件", b)));
        Map<String, Number> replies = new LinkedHashMap<>();
        report.handling().categories().forEach((k, v) -> replies.put(k + "类", v));
        charts.add(Chart.pie("答复类别", "件", replies));
        var units = report.handling().units().stream()
                .sorted(java.util.Comparator.comparingLong(HandlingStatistics.UnitRow::assigned).reversed())
                .limit(UNITS).toList();
        String more = report.handling().units().size() > UNITS ? "（交办最多的 " + UNITS + " 个）" : "";
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "承办单位办理情况" + more, "件", units, HandlingStatistics.UnitRow::unitName,
                Column.of("交办", HandlingStatistics.UnitRow::assigned), Column.of("答复", HandlingStatistics.UnitRow::replied),
                Column.of("按期", HandlingStatistics.UnitRow::onTime), Column.of("超期", HandlingStatistics.UnitRow::overdue)));
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "承办单位办复率与满意率" + more, "%", units, HandlingStatistics.UnitRow::unitName,
                Column.of("办复率", u -> Chart.percent(u.replied(), u.assigned())),
                Column.of("满意和基本满意率", u -> Chart.percent(u.satisfiedOrBasically(), u.rated()))));
        return charts;
    }

    private static final int UNITS = 20;


    private static java.util.Optional<Map<String, Number>> breakdown(ProposalStatistics.Report report, String label) {
        return report.breakdowns().stream().filter(b -> b.label().equals(label)).findFirst().map(b -> {
            Map<String, Number> values = new LinkedHashMap<>();
            b.rows().forEach(r -> values.merge(r.label(), r.value(), (x, y) -> x.longValue() + y.longValue()));
            return values;
        });
    }

    /** No period given: the current year. */
    static ProposalStatistics.Period period(Long sessionId, Integer year, LocalDate from, LocalDate to) {
        if (sessionId == null && year == null && from == null && to == null) {
            return new ProposalStatistics.Period(null, LocalDate.now().getYear(), null, null);
        }
        return new ProposalStatistics.Period(sessionId, year, from, to);
    }
}
