package cn.tongxin.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.Accounts;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class PasswordController {

    private final Accounts accounts;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(@RequestParam(required = false) String first, Model model) {
        model.addAttribute("first", first != null);
        return "account/password";
    }

    @PostMapping("/account/password")
    @ApiTwin("POST /api/v1/me/password")
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmPassword, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!newPassword.equals(confirmPassword)) {
            Forms.showErrors(model, new FieldErrors("提交的内容有误，请修改后重试",
                    java.util.List.of(new FieldErrors.FieldError("confirmPassword", "两次输入的新密码不一致"))));
            return "account/password";
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            // the session is stored in the database: the login without the first-change mark must be saved into it
            securityContexts.saveContext(SecurityContextHolder.getContext(), request, response);
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "密码已修改");
        return "redirect:/";
    }
}
