package cn.tongxin.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.participation.CitizenOpinionStatus;
import cn.tongxin.participation.TriageOpinions;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The office's list of citizens' opinions and the steps on one. */
@Controller
class OpinionTriagePageController {

    private final TriageOpinions triage;
    private final cn.tongxin.participation.CitizenOpinionStatistics statistics;
    private final java.time.Clock clock;

    OpinionTriagePageController(TriageOpinions triage, cn.tongxin.participation.CitizenOpinionStatistics statistics, java.time.Clock clock) {
        this.triage = triage;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/participation/opinions")
    String list(@RequestParam(required = false) CitizenOpinionStatus status, @RequestParam(required = false) Integer page, Model model) {
        CitizenOpinionStatus shown = status == null ? CitizenOpinionStatus.RECEIVED : status;
        model.addAttribute("status", shown);
        model.addAttribute("statuses", CitizenOpinionStatus.values());
        model.addAttribute("result", triage.list(shown, PageQuery.of(page, 20)));
        model.addAttribute("query", "status=" + shown.name());
        return "participation/opinions";
    }

    @GetMapping("/participation/opinion-statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("figures", statistics.of(cn.tongxin.shared.DateRange.resolve(year, null, null, java.time.LocalDate.now(clock))));
        return "participation/opinion-statistics";
    }

    @GetMapping("/participation/opinions/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("o", triage.detail(id));
        return "participation/opinion";
    }

    @PostMapping("/participation/opinions/{id}/reply")
    @ApiTwin("POST /api/v1/citizen-opinions/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return Forms.step("/participation/opinions/" + id, redirect, "已答复，群众可凭追踪码查看", () -> triage.reply(id, text));
    }

    @PostMapping("/participation/opinions/{id}/suggestion")
    @ApiTwin("POST /api/v1/citizen-opinions/{id}/suggestion")
    String convert(@PathVariable long id, @RequestParam(required = false) Long memberId, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        return Forms.step("/participation/opinions/" + id, redirect, () -> {
            if (memberId == null) {
                throw cn.tongxin.shared.BusinessException.invalid("请选择代为提出微建议的委员");
            }
            return "已转为微建议（第" + triage.convertToSuggestion(id, memberId, title, reply) + "号）";
        });
    }
}
