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

/** Citizens' opinions for the office and the studios' members: the list and the steps on one. */
@Controller
class OpinionTriagePageController {

    private final TriageOpinions triage;
    private final cn.tongxin.participation.StudioDeeds deeds;
    private final cn.tongxin.participation.CitizenOpinionStatistics statistics;
    private final cn.tongxin.organization.Dictionaries dictionaries;
    private final cn.tongxin.account.CurrentUsers currentUsers;
    private final java.time.Clock clock;

    OpinionTriagePageController(TriageOpinions triage, cn.tongxin.participation.StudioDeeds deeds,
                                cn.tongxin.participation.CitizenOpinionStatistics statistics, cn.tongxin.organization.Dictionaries dictionaries,
                                cn.tongxin.account.CurrentUsers currentUsers, java.time.Clock clock) {
        this.triage = triage;
        this.deeds = deeds;
        this.statistics = statistics;
        this.dictionaries = dictionaries;
        this.currentUsers = currentUsers;
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
        model.addAttribute("proposalCategories", dictionaries.entries(currentUsers.get().committeeId(),
                cn.tongxin.organization.DictionaryKind.PROPOSAL_CATEGORY));
        model.addAttribute("today", java.time.LocalDate.now(clock));
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
        return Forms.step("/participation/opinions/" + id, redirect,
                () -> "已转为微建议（第" + triage.convertToSuggestion(id, memberId, title, reply) + "号）");
    }

    @PostMapping("/participation/opinions/{id}/report")
    @ApiTwin("POST /api/v1/citizen-opinions/{id}/report")
    String toReport(@PathVariable long id, @RequestParam(required = false) Long memberId, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String category, @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        return Forms.step("/participation/opinions/" + id, redirect,
                () -> "已转为社情民意信息（第" + triage.convertToReport(id, memberId, title, category, reply) + "号）");
    }

    @PostMapping("/participation/opinions/{id}/clue")
    @ApiTwin("POST /api/v1/citizen-opinions/{id}/clue")
    String toClue(@PathVariable long id, @RequestParam(required = false) Long memberId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        return Forms.step("/participation/opinions/" + id, redirect,
                () -> "已转为提案线索（提案草稿第" + triage.convertToClue(id, memberId, title, category, reply) + "号，在委员的提案草稿中）");
    }

    @PostMapping("/participation/opinions/{id}/deed")
    @ApiTwin("POST /api/v1/citizen-opinions/{id}/deed")
    String toDeed(@PathVariable long id, cn.tongxin.participation.DeedForm form, RedirectAttributes redirect) {
        var withOpinion = new cn.tongxin.participation.DeedForm(form.studioId(), form.memberId(), form.title(), form.beneficiary(),
                form.detail(), form.happenedOn(), id, form.reply());
        return Forms.step("/participation/opinions/" + id, redirect,
                () -> "已记录为民办实事（第" + deeds.record(withOpinion, java.util.List.of()) + "号）");
    }
}
