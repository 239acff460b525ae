package cn.tongxin.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.Accounts;
import cn.tongxin.organization.internal.HandlingUnitService;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class HandlingUnitPageController {

    private final HandlingUnitService units;
    private final Accounts accounts;

    HandlingUnitPageController(HandlingUnitService units, Accounts accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    @ModelAttribute("unitTypes")
    java.util.List<String> unitTypes() {
        return HandlingUnitService.TYPES;
    }

    @GetMapping("/org/units")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", units.list(keyword, PageQuery.of(page, 20)));
        model.addAttribute("keyword", keyword);
        return "organization/units";
    }

    @GetMapping("/org/units/new")
    String form() {
        return "organization/unit-new";
    }

    @PostMapping("/org/units")
    @ApiTwin("POST /api/v1/handling-units")
    String create(@ModelAttribute HandlingUnitService.UnitForm form, Model model, RedirectAttributes redirect) {
        model.addAttribute("form", form);
        return Forms.submit(() -> units.create(form), "已新建承办单位", "redirect:/org/units", model, redirect,
                () -> "organization/unit-new");
    }

    @GetMapping("/org/units/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.get(id));
        model.addAttribute("accounts", accounts.listForUnit(id));
        return "organization/unit";
    }

    @PostMapping("/org/units/{id}")
    @ApiTwin("PUT /api/v1/handling-units/{id}")
    String update(@PathVariable long id, @ModelAttribute HandlingUnitService.UnitForm form, @RequestParam int version,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> {
            units.update(id, form, version);
            return id;
        }, "已保存", "redirect:/org/units/" + id, model, redirect, () -> detail(id, model));
    }

    @PostMapping("/org/units/{id}/accounts")
    @ApiTwin("POST /api/v1/handling-units/{id}/accounts")
    String openAccount(@PathVariable long id, @ModelAttribute HandlingUnitService.UnitAccountForm form, Model model,
                       RedirectAttributes redirect) {
        return Forms.submit(() -> units.openAccount(id, form), "已为该单位开通账户，首次登录须修改初始密码",
                "redirect:/org/units/" + id, model, redirect, () -> detail(id, model));
    }
}
