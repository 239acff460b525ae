package cn.tongxin.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;

/** Every page knows who is looking, for the top bar and the menu by role. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUsers.find().orElse(null);
    }
}
