package cn.tongxin.desk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.tongxin.desk.Desk;

/** The home page: each role's section of the desk. */
@Controller
class DeskController {

    private final Desk desk;

    DeskController(Desk desk) {
        this.desk = desk;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("desk", desk.mine());
        return "home";
    }
}
