package cn.tongxin.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.calendar.WorkingDays;

@RestController
@Tag(name = "工作日历", description = "节假日与调休上班日")
class CalendarApiController {

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/api/v1/calendar/{year}")
    List<WorkingDays.SpecialDay> apiYear(@PathVariable int year) {
        return workingDays.year(year);
    }

    @PutMapping("/api/v1/calendar/{day}")
    void apiSet(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestBody DayBody body) {
        workingDays.set(day, body.working(), body.note());
    }

    @DeleteMapping("/api/v1/calendar/{day}")
    void apiRemove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        workingDays.remove(day);
    }

    record DayBody(boolean working, String note) {
    }
}
