package cn.tongxin.opinion.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.opinion.CorrespondentAppointments;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 特聘信息员: the committee's correspondents and their terms of appointment; each step also an API operation. */
@Controller
class CorrespondentController {

    private final CorrespondentAppointments appointments;

    CorrespondentController(CorrespondentAppointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/opinion-correspondents")
    String list(Model model) {
        model.addAttribute("correspondents", appointments.list());
        return "opinion/correspondents";
    }

    @PostMapping("/opinion-correspondents/{id}/appointment")
    @ApiTwin("PUT /api/v1/opinion-correspondents/{id}/appointment")
    String appoint(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                   RedirectAttributes redirect) {
        return Forms.step("/opinion-correspondents", redirect, "聘期已保存", () -> appointments.appoint(id, startsOn, endsOn));
    }

    @PostMapping("/opinion-correspondents/{id}/appointment/remove")
    @ApiTwin("DELETE /api/v1/opinion-correspondents/{id}/appointment")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/opinion-correspondents", redirect, "已解除特聘", () -> appointments.dismiss(id));
    }
}
