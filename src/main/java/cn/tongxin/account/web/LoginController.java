package cn.tongxin.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute("tongxin.login.username") instanceof String typed) {
            // the name typed in the failed login (LoginAttempts), shown once
            session.removeAttribute("tongxin.login.username");
            if (error != null) {
                model.addAttribute("typedUsername", typed);
            }
        }
        if (error != null) {
            model.addAttribute("loginError", switch (error) {
                case "locked" -> "连续登录失败次数过多，账户已锁定，请10分钟后再试或联系管理员";
                case "disabled" -> "账户已停用，请联系管理员";
                default -> "用户名或密码错误";
            });
        }
        return "account/login";
    }
}
