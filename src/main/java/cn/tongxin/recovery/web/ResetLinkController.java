package cn.tongxin.recovery.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.tongxin.recovery.ResetLinks;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The administrator issues a reset link on the account's page; the person opens it, logged out, and sets a password. */
@Controller
class ResetLinkController {

    private final ResetLinks links;

    ResetLinkController(ResetLinks links) {
        this.links = links;
    }

    @PostMapping("/admin/users/{id}/reset-link")
    @ApiTwin("POST /api/v1/accounts/{id}/reset-link")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/admin/users/" + id, redirect, () -> {
            var link = links.issue(id);
            redirect.addFlashAttribute("resetLink", link);
            redirect.addFlashAttribute("resetLinkUrl", absolute(link.path()));
            return "已生成 " + link.username() + " 的密码重置链接";
        });
    }

    @GetMapping("/password-reset/link/{token}")
    String form(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("username", links.username(token).orElse(null));
        return "recovery/link";
    }

    @PostMapping("/password-reset/link/{token}")
    @ApiTwin("POST /api/v1/auth/password-reset/link/{token}")
    String use(@PathVariable String token, @RequestParam(required = false) String newPassword,
               @RequestParam(required = false) String confirmPassword, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("username", links.username(token).orElse(null));
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Forms.showErrors(model, new FieldErrors("提交的内容有误，请修改后重试",
                    java.util.List.of(new FieldErrors.FieldError("confirmPassword", "两次输入的新密码不一致"))));
            return "recovery/link";
        }
        try {
            links.use(token, newPassword);
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            return "recovery/link";
        }
        return "redirect:/login?reset";
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
