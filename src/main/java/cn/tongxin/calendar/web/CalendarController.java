package cn.tongxin.calendar.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.calendar.WorkingDays;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class CalendarController {

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", workingDays.year(y));
        return "calendar/year";
    }

    @PostMapping("/calendar")
    @ApiTwin("PUT /api/v1/calendar/days/{day}")
    String set(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam(defaultValue = "false") boolean working, @RequestParam(required = false) String note,
               RedirectAttributes redirect) {
        return Forms.step("/calendar" + (day == null ? "" : "?year=" + day.getYear()), redirect, "已保存",
                () -> workingDays.set(day, working, note));
    }

    @PostMapping("/calendar/{day}/delete")
    @ApiTwin("DELETE /api/v1/calendar/days/{day}")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        return Forms.step("/calendar?year=" + day.getYear(), redirect, "已恢复为默认", () -> workingDays.remove(day));
    }
}
