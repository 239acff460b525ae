package cn.tongxin.rollup.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 大屏 for a meeting-room screen: dark, full screen, the body reloading itself every minute (htmx, no inline
 * script). Its API twin is {@link DashboardApiController}; both read {@link Dashboards}.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String page(Model model) {
        model.addAttribute("dashboard", dashboards.build());
        return "rollup/dashboard";
    }

    /** The part that refreshes itself. */
    @GetMapping("/dashboard/body")
    String body(Model model) {
        model.addAttribute("dashboard", dashboards.build());
        return "rollup/dashboard :: screen";
    }
}
