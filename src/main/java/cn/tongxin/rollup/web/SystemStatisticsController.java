package cn.tongxin.rollup.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.Rate;
import cn.tongxin.rollup.SystemStatistics;

/** The system statistics page; its API twin is {@link SystemStatisticsApiController}, both read through {@link SystemStatistics}. */
@Controller
class SystemStatisticsController {

    private final SystemStatistics statistics;

    SystemStatisticsController(SystemStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/system-statistics")
    String page(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        var stats = statistics.report(year, from, to);
        model.addAttribute("stats", stats);
        var charts = new java.util.ArrayList<>(SystemCharts.trend(statistics, year, stats));
        charts.addAll(SystemCharts.of(stats));
        model.addAttribute("charts", charts);
        model.addAttribute("figures", Figure.values());
        model.addAttribute("rates", Rate.values());
        return "rollup/system";
    }
}
