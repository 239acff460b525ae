package cn.tongxin.recovery.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.recovery.PasswordRecovery;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 忘记密码: the login page links here; nobody is logged in. */
@Controller
class PasswordResetController {

    private final PasswordRecovery recovery;

    PasswordResetController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @GetMapping("/password-reset")
    String form() {
        return "recovery/request";
    }

    @PostMapping("/password-reset")
    @ApiTwin("POST /api/v1/auth/password-reset")
    String request(@RequestParam(required = false) String login, Model model) {
        if (login == null || login.isBlank()) {
            Forms.showError(model, "请填写用户名、电子邮箱或手机号码");
            return "recovery/request";
        }
        model.addAttribute("notice", recovery.request(login));
        model.addAttribute("login", login.strip());
        return "recovery/confirm";
    }

    @PostMapping("/password-reset/confirm")
    @ApiTwin("POST /api/v1/auth/password-reset/confirm")
    String confirm(@RequestParam(required = false) String login, @RequestParam(required = false) String code,
                   @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
                   Model model) {
        model.addAttribute("login", login);
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Forms.showErrors(model, new FieldErrors("提交的内容有误，请修改后重试",
                    java.util.List.of(new FieldErrors.FieldError("confirmPassword", "两次输入的新密码不一致"))));
            return "recovery/confirm";
        }
        try {
            recovery.confirm(login, code, newPassword);
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            return "recovery/confirm";
        }
        return "redirect:/login?reset";
    }
}
