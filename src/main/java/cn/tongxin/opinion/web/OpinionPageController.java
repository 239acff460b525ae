package cn.tongxin.opinion.web;

import cn.tongxin.web.ApiTwin;
import cn.tongxin.shared.SubjectType;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.opinion.OpinionQueries;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.opinion.EditReports;
import cn.tongxin.opinion.OpinionWorkflow;
import cn.tongxin.opinion.ReportActions;
import cn.tongxin.opinion.ReportForm;
import cn.tongxin.opinion.ReviseReports;
import cn.tongxin.opinion.SubmitReports;
import cn.tongxin.opinion.SubmitUpward;
import cn.tongxin.opinion.TriageReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** Report pages: list, submission, a report with its triage and editing. */
@Controller
class OpinionPageController {

    private final OpinionQueries queries;
    private final SubmitReports submit;
    private final ReviseReports revise;
    private final TriageReports triage;
    private final EditReports edit;
    private final CurrentUsers currentUsers;
    private final ReportFormChoices choices;
    private final Attachments attachments;
    private final CommitteeAccess committees;
    private final SubmitUpward upward;

    OpinionPageController(OpinionQueries queries, SubmitReports submit, ReviseReports revise, TriageReports triage, EditReports edit,
                          CurrentUsers currentUsers, ReportFormChoices choices, Attachments attachments, CommitteeAccess committees,
                          SubmitUpward upward) {
        this.committees = committees;
        this.upward = upward;
        this.queries = queries;
        this.submit = submit;
        this.revise = revise;
        this.triage = triage;
        this.edit = edit;
        this.currentUsers = currentUsers;
        this.choices = choices;
        this.attachments = attachments;
    }

    @GetMapping("/opinions")
    String list(@ModelAttribute("criteria") OpinionQueries.Criteria criteria, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Long committeeId, Model model) {
        var result = queries.list(criteria, PageQuery.of(page, 20), committeeId);
        CurrentUser user = currentUsers.get();
        model.addAttribute("result", result);
        model.addAttribute("viewing", committees.viewing(user, committeeId));
        model.addAttribute("editable", committeeId != null && committeeId != user.committeeId() ? List.of() : result.items().stream()
                .filter(r -> ReportActions.offered(user, -1, r.status()).contains(OpinionWorkflow.Action.EDIT)).map(r -> r.id()).toList());
        model.addAttribute("statuses", OpinionStatus.values());
        model.addAttribute("sources", OpinionSource.values());
        return "opinion/list";
    }

    @GetMapping("/opinions/new")
    String form(Model model) {
        model.addAttribute("form", new ReportForm(UUID.randomUUID().toString(), null, null, null, null, null, null));
        choices(model);
        return "opinion/form";
    }

    @PostMapping("/opinions")
    String create(@ModelAttribute("form") ReportForm form, @RequestParam(required = false) List<MultipartFile> files, Model model,
                  RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = Upload.of(files);
        return Forms.create(() -> submit.submit(form, uploads), "已报送，感谢您反映社情民意", "/opinions/", model, redirect,
                () -> choices(model), "opinion/form");
    }

    @GetMapping("/opinions/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long committeeId, Model model) {
        var page = queries.page(id, committeeId);
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        model.addAttribute("lowerReadable", page.upward() != null && !page.upward().lowerSide()
                && committees.canRead(currentUsers.get(), page.upward().committeeId()));
        model.addAttribute("page", page);
        model.addAttribute("r", page.report());
        model.addAttribute("item", page.item());
        model.addAttribute("actions", page.actions().stream().map(Enum::name).toList());
        if (page.actions().contains(OpinionWorkflow.Action.CLUE)) {
            model.addAttribute("memberChoices", choices.members());
        }
        return "opinion/detail";
    }

    @GetMapping("/opinions/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        queries.page(id);
        var file = attachments.content(currentUsers.get().committeeId(), SubjectType.OPINION_REPORT, id, attachmentId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @PostMapping("/opinions/{id}/resubmit")
    String resubmit(@PathVariable long id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                    @RequestParam int version, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已重新报送", () -> revise.resubmit(id, title, body, version));
    }

    @PostMapping("/opinions/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已撤回", () -> revise.withdraw(id));
    }

    @PostMapping("/opinions/{id}/upward")
    String submitUpward(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已报送上级政协，进入上级政协的信息受理", () -> upward.submit(id));
    }

    @PostMapping("/opinions/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已采编", () -> triage.accept(id, note));
    }

    @PostMapping("/opinions/{id}/archive")
    String archive(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已存档", () -> triage.archive(id, note));
    }

    @PostMapping("/opinions/{id}/return")
    String returnReport(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已退回报送人", () -> triage.returnToAuthor(id, note));
    }

    @PostMapping("/opinions/{id}/clue")
    String clue(@PathVariable long id, @RequestParam(required = false) Long memberId, @RequestParam(required = false) String note,
                RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已转为提案线索", () -> triage.passAsProposalClue(id, memberId, note));
    }

    /** Edit one accepted report, or combine several (ids from the list's check boxes) into one item. */
    @PostMapping("/opinions/edit")
    @ApiTwin("POST /api/v1/opinion-items")
    String edit(@RequestParam(required = false) List<Long> reportIds, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "/opinions") String back,
                RedirectAttributes r) {
        long[] created = new long[1];
        String page = Forms.step(back, r, "编辑稿已保存", () -> created[0] = edit.edit(reportIds, title, text));
        return created[0] > 0 ? "redirect:/opinion-items/" + created[0] : page;
    }

    private void choices(Model model) {
        choices.addTo(model);
    }

    @GetMapping("/opinions/statistics")
    String statistics() {
        return "redirect:/opinion-statistics";
    }

}
