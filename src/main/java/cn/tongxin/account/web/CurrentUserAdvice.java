package cn.tongxin.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.web.Requests;

/** Every page knows who is looking, for the top bar, and gets the menu of their roles. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;
    private final SidebarMenu menu = MainMenu.create();

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void currentUser(HttpServletRequest request, Model model) {
        if (Requests.isApi(request)) {
            return;
        }
        CurrentUser user = currentUsers.find().orElse(null);
        model.addAttribute("currentUser", user);
        if (user != null) {
            model.addAttribute("menuHtml", menu.html(user, request.getContextPath()));
        }
    }
}
