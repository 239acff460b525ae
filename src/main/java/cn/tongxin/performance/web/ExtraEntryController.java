package cn.tongxin.performance.web;

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

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Upload;
import cn.tongxin.member.Members;
import cn.tongxin.performance.Entry.EntryStatus;
import cn.tongxin.performance.ExtraEntries;
import cn.tongxin.performance.ExtraEntryForm;
import cn.tongxin.performance.ExtraKind;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** Pages for entries no module records: staff add and correct them, members claim them, staff decide the claims. */
@Controller
class ExtraEntryController {

    private static final String FORM = "performance/entries/form";

    private final ExtraEntries entries;
    private final CurrentUsers currentUsers;
    private final Members members;

    ExtraEntryController(ExtraEntries entries, CurrentUsers currentUsers, Members members) {
        this.entries = entries;
        this.currentUsers = currentUsers;
        this.members = members;
    }

    @GetMapping("/performance/claims")
    String claims(@RequestParam(required = false) EntryStatus status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", entries.claims(status, PageQuery.of(page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("query", status == null ? "" : "status=" + status.name());
        return "performance/entries/claims";
    }

    @GetMapping("/performance/claims/new")
    String claimForm(Model model) {
        currentUsers.require(Role.MEMBER);
        return form(model, "claim", ExtraEntryForm.blank(UUID.randomUUID().toString(), null), null, null);
    }

    @PostMapping("/performance/claims")
    String claim(@ModelAttribute("form") ExtraEntryForm form, @RequestParam(required = false) List<MultipartFile> files,
                 Model model, RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = uploads(files);
        return Forms.create(() -> entries.claim(form, uploads), "已提交申报，请等待工作人员审核", "/performance/entries/", model,
                redirect, () -> choices(model, "claim", null, null), FORM);
    }

    @PostMapping("/performance/claims/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String back,
                   RedirectAttributes r) {
        return Forms.step(back(back, id), r, "已通过，计入履职档案", () -> entries.approve(id, version));
    }

    @PostMapping("/performance/claims/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String back, RedirectAttributes r) {
        return Forms.step(back(back, id), r, "已不予通过", () -> entries.refuse(id, version, reason));
    }

    @PostMapping("/performance/claims/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return Forms.step("/performance/claims", r, "已撤回申报", () -> entries.withdraw(id, version));
    }

    @GetMapping("/performance/entries/new")
    String addForm(@RequestParam(required = false) Long member, Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        return form(model, "add", ExtraEntryForm.blank(UUID.randomUUID().toString(), member), null, null);
    }

    @PostMapping("/performance/entries")
    String add(@ModelAttribute("form") ExtraEntryForm form, @RequestParam(required = false) List<MultipartFile> files,
               Model model, RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = uploads(files);
        return Forms.create(() -> entries.add(form, uploads), "已补录，计入履职档案", "/performance/entries/", model, redirect,
                () -> choices(model, "add", null, null), FORM);
    }

    @GetMapping("/performance/entries/{id}")
    String detail(@PathVariable long id, Model model) {
        var page = entries.page(id);
        model.addAttribute("page", page);
        model.addAttribute("e", page.entry());
        return "performance/entries/detail";
    }

    @GetMapping("/performance/entries/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        var e = entries.page(id).entry();
        var form = new ExtraEntryForm(null, e.memberId(), e.happenedOn().toString(), e.kind().name(), e.title(), e.note());
        return form(model, "correct", form, id, e.version());
    }

    @PostMapping("/performance/entries/{id}")
    @ApiTwin("PUT /api/v1/performance/entries/{id}")
    String correct(@PathVariable long id, @ModelAttribute("form") ExtraEntryForm form, @RequestParam int version,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> {
            entries.correct(id, version, form, reason);
            return id;
        }, "已更正", "redirect:/performance/entries/" + id, model, redirect, () -> {
            model.addAttribute("reason", reason);
            return choices(model, "correct", id, version);
        });
    }

    @PostMapping("/performance/entries/{id}/delete")
    @ApiTwin("DELETE /api/v1/performance/entries/{id}")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
                  RedirectAttributes r) {
        // once deleted the entry has no page: back to the list either way, with the notice or the reason
        return Forms.step("/performance/claims", r, "已删除该履职记录", () -> entries.delete(id, version, reason));
    }

    @GetMapping("/performance/entries/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var f = entries.evidence(id, fileId);
        return Downloads.of(f.filename(), f.contentType(), f.content());
    }

    private String form(Model model, String mode, ExtraEntryForm form, Long id, Integer version) {
        model.addAttribute("form", form);
        return choices(model, mode, id, version);
    }

    private String choices(Model model, String mode, Long id, Integer version) {
        model.addAttribute("mode", mode);
        model.addAttribute("kinds", ExtraKind.values());
        model.addAttribute("entryId", id);
        model.addAttribute("version", version);
        if ("add".equals(mode)) {
            model.addAttribute("members", members.active());
        }
        return FORM;
    }

    private static String back(String back, long id) {
        return back != null && back.startsWith("/performance/") ? back : "/performance/entries/" + id;
    }

    static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        return Upload.of(files);
    }
}
