package cn.tongxin.duty.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.duty.DutyQuestions;
import cn.tongxin.duty.DutyRota;
import cn.tongxin.member.Members;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class DutyPageController {

    private final DutyRota rota;
    private final DutyQuestions questions;
    private final Members members;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    DutyPageController(DutyRota rota, DutyQuestions questions, Members members, CurrentUsers currentUsers, java.time.Clock clock) {
        this.rota = rota;
        this.questions = questions;
        this.members = members;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/duty")
    String page(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        var user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        model.addAttribute("shifts", rota.from(LocalDate.now(clock).minusDays(7).atStartOfDay(clock.getZone()).toInstant(), 100));
        model.addAttribute("questions", questions.list(status, PageQuery.of(page, 20)));
        model.addAttribute("now", clock.instant());
        model.addAttribute("query", status == null ? "" : "status=" + status);
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            model.addAttribute("memberChoices", members.active());
        }
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            model.addAttribute("year", LocalDate.now(clock).getYear());
            model.addAttribute("counts", questions.counts(LocalDate.now(clock).getYear()));
        }
        return "duty/rota";
    }

    @PostMapping("/duty/shifts")
    @ApiTwin("POST /api/v1/duty/shifts")
    String schedule(@RequestParam(required = false) Long memberId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                    @RequestParam(required = false) String topic, RedirectAttributes redirect) {
        return Forms.step("/duty", redirect, "已安排值班", () -> rota.schedule(new DutyRota.ShiftForm(memberId, startsAt, endsAt, topic)));
    }

    @PostMapping("/duty/shifts/{id}/cancel")
    @ApiTwin("POST /api/v1/duty/shifts/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/duty", redirect, "已取消该值班", () -> rota.cancel(id));
    }

    @PostMapping("/duty/questions/{id}/answer")
    @ApiTwin("POST /api/v1/duty/questions/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String text,
                  @RequestParam(required = false, defaultValue = "false") boolean onRecordOnly, RedirectAttributes redirect) {
        return Forms.step("/duty", redirect, "已答复", () -> questions.answer(id, new DutyQuestions.Answer(text, !onRecordOnly)));
    }
}
