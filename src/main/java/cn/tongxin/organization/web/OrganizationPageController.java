package cn.tongxin.organization.web;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.organization.Level;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.internal.CommitteeService;
import cn.tongxin.organization.internal.DirectoryService;
import cn.tongxin.organization.internal.TermService;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** Pages for committees, terms and sessions, and the simple dictionaries. */
@Controller
class OrganizationPageController {

    private final CommitteeService committees;
    private final TermService terms;
    private final DirectoryService directory;
    private final CurrentUsers currentUsers;

    OrganizationPageController(CommitteeService committees, TermService terms, DirectoryService directory,
                               CurrentUsers currentUsers) {
        this.committees = committees;
        this.terms = terms;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("kinds")
    OrgUnitKind[] kinds() {
        return OrgUnitKind.values();
    }

    @GetMapping("/org/committees")
    String committees(Model model) {
        model.addAttribute("committees", committees.visible());
        model.addAttribute("levels", Level.values());
        return "organization/committees";
    }

    @PostMapping("/org/committees")
    @ApiTwin("POST /api/v1/committees")
    String createCommittee(@ModelAttribute CommitteeService.CommitteeForm form, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> committees.create(form), "已新建下级政协", "redirect:/org/committees", model, redirect,
                () -> committees(model));
    }

    @PostMapping("/org/committees/{id}")
    @ApiTwin("PUT /api/v1/committees/{id}")
    String updateCommittee(@PathVariable long id, @ModelAttribute CommitteeService.CommitteeForm form,
                           @RequestParam int version, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> {
            committees.update(id, form, version);
            return id;
        }, "已保存", "redirect:/org/committees", model, redirect, () -> committees(model));
    }

    @GetMapping("/org/terms")
    String terms(Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        model.addAttribute("terms", terms.terms());
        model.addAttribute("sessions", terms.sessions());
        return "organization/terms";
    }

    @PostMapping("/org/terms")
    @ApiTwin("POST /api/v1/terms")
    String createTerm(@ModelAttribute TermService.TermForm form, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> terms.createTerm(form), "已新建届次", "redirect:/org/terms", model, redirect, () -> terms(model));
    }

    @PostMapping("/org/sessions")
    @ApiTwin("POST /api/v1/sessions")
    String createSession(@ModelAttribute TermService.SessionForm form, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> terms.createSession(form), "已新建会议", "redirect:/org/terms", model, redirect, () -> terms(model));
    }

    @PostMapping("/org/sessions/{id}")
    @ApiTwin("PUT /api/v1/sessions/{id}")
    String updateSession(@PathVariable long id, @ModelAttribute TermService.SessionForm form, @RequestParam int version,
                         Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> {
            terms.updateSession(id, form, version);
            return id;
        }, "会议日期已保存", "redirect:/org/terms", model, redirect, () -> terms(model));
    }

    @GetMapping("/org/dir/{slug}")
    String directory(@PathVariable String slug, Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        OrgUnitKind kind = kind(slug);
        model.addAttribute("kind", kind);
        model.addAttribute("units", directory.list(kind, false));
        model.addAttribute("studioLevels", cn.tongxin.organization.StudioLevel.values());
        return "organization/directory";
    }

    @PostMapping("/org/dir/{slug}")
    @ApiTwin("POST /api/v1/org-units/{kind}")
    String createUnit(@PathVariable String slug, @ModelAttribute DirectoryService.OrgUnitForm form, Model model,
                      RedirectAttributes redirect) {
        OrgUnitKind kind = kind(slug);
        return Forms.submit(() -> directory.create(kind, form), "已添加" + kind.label(), "redirect:/org/dir/" + slug, model,
                redirect, () -> directory(slug, model));
    }

    @PostMapping("/org/dir/{slug}/{id}")
    @ApiTwin("PUT /api/v1/org-units/{kind}/{id}")
    String updateUnit(@PathVariable String slug, @PathVariable long id, @ModelAttribute DirectoryService.OrgUnitForm form,
                      @RequestParam int version, Model model, RedirectAttributes redirect) {
        OrgUnitKind kind = kind(slug);
        return Forms.submit(() -> {
            directory.update(kind, id, form, version);
            return id;
        }, "已保存", "redirect:/org/dir/" + slug, model, redirect, () -> directory(slug, model));
    }

    static OrgUnitKind kind(String slug) {
        return OrgUnitKind.fromSlug(slug).orElseThrow(() -> BusinessException.notFound("该类组织"));
    }

}
