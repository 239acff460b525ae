package cn.tongxin.calendar.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.calendar.WorkingDays;

/**
 * The working-day calendar. A year and a day are distinct segments ({@code years/{year}}, {@code days/{day}}): the former
 * {@code /calendar/{year}} and {@code /calendar/{day}} were one path shape for two things. Those still answer, hidden from
 * the document and marked {@code Deprecation}, for clients written against them.
 */
@RestController
@Tag(name = "工作日历", description = "节假日与调休上班日")
class CalendarApiController {

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/api/v1/calendar/years/{year}")
    @Operation(summary = "某年的节假日与调休上班日",
            description = "列出该年度在默认规则（周一至周五上班）之外另行设定的日期：节假日（不上班）与调休上班日，按日期排序。")
    List<WorkingDays.SpecialDay> year(@PathVariable int year) {
        return workingDays.year(year);
    }

    @PutMapping("/api/v1/calendar/days/{day}")
    @Operation(summary = "设定某天为节假日或调休上班日",
            description = "working=false 为节假日，true 为调休上班日；note 为说明（如“国庆节”）。办理期限按工作日计算时即按此日历。仅工作人员。")
    void set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestBody DayBody body) {
        workingDays.set(day, body.working(), body.note());
    }

    @DeleteMapping("/api/v1/calendar/days/{day}")
    @Operation(summary = "恢复某天为默认（周一至周五上班）", description = "删除该日的特别设定。仅工作人员。")
    void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        workingDays.remove(day);
    }

    @GetMapping("/api/v1/calendar/{year}")
    @Operation(hidden = true)
    List<WorkingDays.SpecialDay> formerYear(@PathVariable int year, HttpServletResponse response) {
        deprecated(response, "/api/v1/calendar/years/" + year);
        return year(year);
    }

    @PutMapping("/api/v1/calendar/{day}")
    @Operation(hidden = true)
    void formerSet(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestBody DayBody body,
                   HttpServletResponse response) {
        deprecated(response, "/api/v1/calendar/days/" + day);
        set(day, body);
    }

    @DeleteMapping("/api/v1/calendar/{day}")
    @Operation(hidden = true)
    void formerRemove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, HttpServletResponse response) {
        deprecated(response, "/api/v1/calendar/days/" + day);
        remove(day);
    }

    private static void deprecated(HttpServletResponse response, String successor) {
        response.setHeader("Deprecation", "true");
        response.setHeader("Link", "<" + successor + ">; rel=\"successor-version\"");
    }

    record DayBody(boolean working, String note) {
    }
}
