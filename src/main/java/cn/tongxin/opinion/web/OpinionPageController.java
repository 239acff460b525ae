package cn.tongxin.opinion.web;

import cn.tongxin.shared.SubjectType;
import java.io.IOException;
import java.util.ArrayList;
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
import cn.tongxin.member.Members;
import cn.tongxin.opinion.OpinionQueries;
import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.opinion.ReportForm;
import cn.tongxin.opinion.SubmitReports;
import cn.tongxin.opinion.TriageReports;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** Report pages: list, submission, a report with its triage and editing. */
@Controller
class OpinionPageController {

    private final OpinionQueries queries;
    private final SubmitReports submit;
    private final TriageReports triage;
    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;
    private final Organization organization;
    private final CommitteeSettings settings;
    private final Members members;
    private final Attachments attachments;

    OpinionPageController(OpinionQueries queries, SubmitReports submit, TriageReports triage, CurrentUsers currentUsers,
                          Dictionaries dictionaries, Organization organization, CommitteeSettings settings, Members members,
                          Attachments attachments) {
        this.queries = queries;
        this.submit = submit;
        this.triage = triage;
        this.currentUsers = currentUsers;
        this.dictionaries = dictionaries;
        this.organization = organization;
        this.settings = settings;
        this.members = members;
        this.attachments = attachments;
    }

    @GetMapping("/opinions")
    String list(@ModelAttribute("criteria") OpinionQueries.Criteria criteria, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.list(criteria, PageQuery.of(page, 20)));
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
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return Forms.create(() -> submit.submit(form, uploads), "已报送，感谢您反映社情民意", "/opinions/", model, redirect,
                () -> choices(model), "opinion/form");
    }

    @GetMapping("/opinions/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.get();
        var page = queries.page(id);
        model.addAttribute("page", page);
        model.addAttribute("r", page.report());
        model.addAttribute("item", page.item());
        model.addAttribute("own", page.report().submitterAccountId() == user.id());
        if (user.isOffice()) {
            model.addAttribute("memberChoices", members.active());
            model.addAttribute("adoptionLevels", AdoptionLevel.values());
            model.addAttribute("instructionLevels", InstructionLevel.values());
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
        return Forms.step("/opinions/" + id, r, "已重新报送", () -> submit.resubmit(id, title, body, version));
    }

    @PostMapping("/opinions/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/opinions/" + id, r, "已撤回", () -> submit.withdraw(id));
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
    String edit(@RequestParam(required = false) List<Long> reportIds, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "/opinions") String back,
                RedirectAttributes r) {
        long[] created = new long[1];
        String page = Forms.step(back, r, "编辑稿已保存", () -> created[0] = triage.edit(reportIds, title, text));
        return created[0] > 0 ? "redirect:/opinion-items/" + created[0] : page;
    }

    private void choices(Model model) {
        CurrentUser user = currentUsers.get();
        model.addAttribute("categories", dictionaries.entries(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY));
        var groups = new ArrayList<>(organization.units(OrgUnitKind.PARTY));
        groups.addAll(organization.units(OrgUnitKind.GROUP));
        model.addAttribute("groups", groups);
        model.addAttribute("maxChars", settings.value(user.committeeId(), SettingKey.OPINION_REPORT_MAX_CHARS));
        if (user.isOffice()) {
            model.addAttribute("memberChoices", members.active());
        }
    }

    @GetMapping("/opinions/statistics")
    String statistics() {
        return "redirect:/opinion-statistics";
    }

}
