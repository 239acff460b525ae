package cn.tongxin.rollup.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.Rate;
import cn.tongxin.rollup.SystemFigures;
import cn.tongxin.rollup.SystemStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The system statistics page and its API twin: both read through {@link SystemStatistics}. */
@Controller
@Tag(name = "系统统计", description = "本级政协及其下级政协（全市政协系统）的年度主要数字")
class SystemStatisticsController {

    private final SystemStatistics statistics;

    SystemStatisticsController(SystemStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/system-statistics")
    String page(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("stats", statistics.report(year, from, to));
        model.addAttribute("figures", Figure.values());
        model.addAttribute("rates", Rate.values());
        return "rollup/system";
    }

    @GetMapping("/api/v1/statistics/system")
    @ResponseBody
    @Operation(summary = "系统统计：本级及下级政协的提案、微建议、社情民意、活动主要数字，合计与分政协，各附定义")
    SystemFigures api(@RequestParam(required = false) Integer year,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.report(year, from, to);
    }
}
