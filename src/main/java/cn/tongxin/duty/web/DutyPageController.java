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
import cn.tongxin.duty.ConvertDutyQuestions;
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
    private final ConvertDutyQuestions conversions;
    private final Members members;
    private final CurrentUsers currentUsers;
    private final cn.tongxin.organization.Dictionaries dictionaries;
    private final java.time.Clock clock;

    DutyPageController(DutyRota rota, DutyQuestions questions, ConvertDutyQuestions conversions, Members members, CurrentUsers currentUsers,
                       cn.tongxin.organization.Dictionaries dictionaries, java.time.Clock clock) {
        this.conversions = conversions;
        this.dictionaries = dictionaries;
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
        model.addAttribute("categories", dictionaries.entries(user.committeeId(), cn.tongxin.organization.DictionaryKind.PROPOSAL_CATEGORY));
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

    @PostMapping("/duty/questions/{id}/suggestion")
    @ApiTwin("POST /api/v1/duty/questions/{id}/suggestion")
    String toSuggestion(@PathVariable long id, ConvertDutyQuestions.Convert form, RedirectAttributes redirect) {
        return Forms.step("/duty", redirect, () -> "已转为微建议（第" + conversions.toSuggestion(id, form) + "号），群众可凭追踪码查看");
    }

    @PostMapping("/duty/questions/{id}/report")
    @ApiTwin("POST /api/v1/duty/questions/{id}/report")
    String toReport(@PathVariable long id, ConvertDutyQuestions.Convert form, RedirectAttributes redirect) {
        return Forms.step("/duty", redirect, () -> "已转为社情民意信息（第" + conversions.toReport(id, form) + "号），群众可凭追踪码查看");
    }

    @PostMapping("/duty/questions/{id}/clue")
    @ApiTwin("POST /api/v1/duty/questions/{id}/clue")
    String toClue(@PathVariable long id, ConvertDutyQuestions.Convert form, RedirectAttributes redirect) {
        return Forms.step("/duty", redirect,
                () -> "已转为提案线索（提案草稿第" + conversions.toClue(id, form) + "号，在值班委员的提案草稿中）");
    }
}
