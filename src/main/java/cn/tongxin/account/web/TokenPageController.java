package cn.tongxin.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.ApiTokens;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.ApiTwin;

@Controller
class TokenPageController {

    private final ApiTokens tokens;

    TokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.listOwn());
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    @ApiTwin("POST /api/v1/me/tokens")
    String create(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", tokens.create(name));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("error", String.join("；", e.errors().stream().map(FieldErrors.FieldError::message).toList()));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @ApiTwin("DELETE /api/v1/me/tokens/{id}")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "令牌已撤销");
        return "redirect:/account/tokens";
    }
}
