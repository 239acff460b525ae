package cn.tongxin.member.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.Gender;
import cn.tongxin.member.MemberCriteria;
import cn.tongxin.member.MemberForm;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.internal.MemberAccounts;
import cn.tongxin.member.internal.MemberService;
import cn.tongxin.member.internal.RosterExport;
import cn.tongxin.member.internal.RosterImport;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Forms;

@Controller
class MemberPageController {

    private final MemberService members;
    private final RosterImport rosterImport;
    private final RosterExport rosterExport;
    private final Organization organization;
    private final Accounts accounts;
    private final MemberAccounts memberAccounts;
    private final CurrentUsers currentUsers;

    MemberPageController(MemberService members, RosterImport rosterImport, RosterExport rosterExport,
                         Organization organization, Accounts accounts, MemberAccounts memberAccounts,
                         CurrentUsers currentUsers) {
        this.members = members;
        this.memberAccounts = memberAccounts;
        this.rosterImport = rosterImport;
        this.rosterExport = rosterExport;
        this.organization = organization;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/members")
    String list(@ModelAttribute("criteria") MemberCriteria criteria, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("result", members.list(criteria, PageQuery.of(page, 20)));
        if (htmx != null) {
            return "member/list :: table";
        }
        addChoices(model);
        return "member/list";
    }

    @GetMapping("/members/{id}")
    String detail(@PathVariable long id, Model model) {
        MemberView member = members.get(id);
        model.addAttribute("member", member);
        if (currentUsers.get().has(Role.ADMIN)) {
            model.addAttribute("account", accounts.findForMember(id).orElse(null));
        }
        return "member/detail";
    }

    @GetMapping("/members/new")
    String newForm(Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        model.addAttribute("form", new MemberForm(null, null, "汉族", null, null, null, null, null, null, null, false,
                organization.currentTerm().map(t -> t.id()).orElse(null), MemberStatus.ACTIVE));
        addChoices(model);
        return "member/form";
    }

    @PostMapping("/members")
    String create(@ModelAttribute("form") MemberForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = members.create(form);
            redirect.addFlashAttribute("notice", "已新增委员");
            return "redirect:/members/" + id;
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            addChoices(model);
            return "member/form";
        }
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        MemberView m = members.get(id);
        model.addAttribute("memberId", id);
        model.addAttribute("version", m.version());
        model.addAttribute("form", new MemberForm(m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.affiliationId(),
                m.sectorId(), m.specialCommitteeId(), m.studioId(), m.employerTitle(), m.mobile(), m.standing(),
                m.termId(), m.status()));
        addChoices(model);
        return "member/form";
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, @RequestParam int version,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("memberId", id);
        model.addAttribute("version", version);
        addChoices(model);
        return Forms.submit(() -> {
            members.update(id, form, version);
            return id;
        }, "已保存", "redirect:/members/" + id, model, redirect, () -> "member/form");
    }

    @PostMapping("/members/{id}/account")
    String openAccount(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                       @RequestParam(defaultValue = "") String initialPassword, RedirectAttributes redirect) {
        return Forms.step("/members/" + id, redirect, "已为该委员开通账户，首次登录须修改初始密码",
                () -> memberAccounts.open(id, username, initialPassword));
    }

    @GetMapping("/members/import")
    String importForm() {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        return "member/import";
    }

    @PostMapping("/members/import")
    String importRoster(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            Forms.showError(model, "请选择要导入的 .xlsx 文件");
            return "member/import";
        }
        try (var in = file.getInputStream()) {
            model.addAttribute("imported", rosterImport.run(in));
        } catch (FieldErrors e) {
            model.addAttribute("importErrors", e.errors());
            Forms.showError(model, e.getMessage());
        } catch (BusinessException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            Forms.showError(model, e.getMessage());
        }
        return "member/import";
    }

    @GetMapping("/members/export")
    void export(@ModelAttribute MemberCriteria criteria, HttpServletResponse response) throws IOException {
        String filename = URLEncoder.encode("委员名册-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + filename);
        rosterExport.write(criteria, response.getOutputStream());
    }

    private void addChoices(Model model) {
        model.addAttribute("sectors", organization.units(OrgUnitKind.SECTOR));
        model.addAttribute("affiliations", organization.affiliations());
        model.addAttribute("specialCommittees", organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        model.addAttribute("studios", organization.units(OrgUnitKind.STUDIO));
        model.addAttribute("terms", organization.terms());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("statuses", MemberStatus.values());
    }
}
