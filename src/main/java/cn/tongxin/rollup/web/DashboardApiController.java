package cn.tongxin.rollup.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "系统统计", description = "本级政协及其下级政协（全市政协系统）的年度主要数字")
class DashboardApiController {

    private final Dashboards dashboards;

    DashboardApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/statistics/dashboard")
    @Operation(summary = "大屏：本年度本级及下级政协的主要数字、近五年趋势、本级提案分类与承办单位办复率，图表以类别与数列给出")
    Dashboards.Dashboard dashboard() {
        return dashboards.build();
    }
}
