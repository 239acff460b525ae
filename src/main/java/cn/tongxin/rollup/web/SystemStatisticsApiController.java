package cn.tongxin.rollup.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.tongxin.rollup.SystemFigures;
import cn.tongxin.rollup.SystemStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "系统统计", description = "本级政协及其下级政协（全市政协系统）的年度主要数字")
class SystemStatisticsApiController {

    private final SystemStatistics statistics;

    SystemStatisticsApiController(SystemStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics/system")
    @Operation(summary = "系统统计：本级及下级政协的提案、微建议、社情民意、活动主要数字，合计与分政协，各附定义；按年度读汇总，按日期区间实时统计")
    SystemFigures system(@RequestParam(required = false) Integer year,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.report(year, from, to);
    }
}
