package cn.tongxin.opinion.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.opinion.CorrespondentAppointments;

@RestController
@RequestMapping("/api/v1/opinion-correspondents")
@Tag(name = "特聘信息员", description = "本级政协的信息员账户及其聘期（特聘）")
class CorrespondentApiController {

    private final CorrespondentAppointments appointments;

    CorrespondentApiController(CorrespondentAppointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping
    @Operation(summary = "信息员及其聘期（未设聘期的 startsOn 为空）")
    List<CorrespondentAppointments.Correspondent> list() {
        return appointments.list();
    }

    record AppointmentRequest(LocalDate startsOn, LocalDate endsOn) {
    }

    @PutMapping("/{id}/appointment")
    @Operation(summary = "特聘为信息员或修改聘期（endsOn 可空：聘期持续）")
    CorrespondentAppointments.Correspondent appoint(@PathVariable long id, @RequestBody AppointmentRequest request) {
        appointments.appoint(id, request.startsOn(), request.endsOn());
        return appointments.find(id);
    }

    @DeleteMapping("/{id}/appointment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "解除特聘（账户仍为信息员）")
    void dismiss(@PathVariable long id) {
        appointments.dismiss(id);
    }
}
