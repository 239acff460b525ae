package cn.tongxin.participation.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.participation.PublicPortals;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The committee's portal address and title: the administrator's page and its API twin. */
@Controller
@Tag(name = "公众参与")
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

    @GetMapping("/api/v1/public-portal")
    @ResponseBody
    @Operation(summary = "本会公开门户的地址和名称（未开通时 404）")
    ResponseEntity<PublicPortals.Portal> get() {
        return ResponseEntity.of(portals.own());
    }

    @PutMapping("/api/v1/public-portal")
    @ResponseBody
    @Operation(summary = "开通本会公开门户，或修改其地址代码（/public/{code}）和名称（系统管理员）")
    PublicPortals.Portal put(@RequestBody PortalRequest request) {
        return portals.open(request.code(), request.title());
    }

    record PortalRequest(String code, String title) {
    }
}
