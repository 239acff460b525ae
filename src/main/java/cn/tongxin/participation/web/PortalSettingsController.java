package cn.tongxin.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.participation.PublicPortals;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The committee's portal address and title: the administrator's page and its API twin. */
@Controller
class PortalSettingsController {

    private final PublicPortals portals;

    PortalSettingsController(PublicPortals portals) {
        this.portals = portals;
    }

    @GetMapping("/participation/portal")
    String page(Model model) {
        model.addAttribute("portal", portals.own().orElse(null));
        return "participation/portal";
    }

    @PostMapping("/participation/portal")
    @ApiTwin("PUT /api/v1/public-portal")
    String save(@RequestParam(required = false) String code, @RequestParam(required = false) String title, RedirectAttributes redirect) {
        return Forms.step("/participation/portal", redirect, "公开门户已设置", () -> portals.open(code, title));
    }
}
