package cn.tongxin.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.participation.StudioModeration;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** Each studio's 先审后发 choice: the page and the API on the same use case. */
@Controller
class StudioModerationController {

    private final StudioModeration moderation;

    StudioModerationController(StudioModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/participation/studio-moderation")
    String page(Model model) {
        model.addAttribute("lines", moderation.list());
        return "participation/studio-moderation";
    }

    @PostMapping("/participation/studio-moderation/{studioId}")
    @ApiTwin("PUT /api/v1/studios/{studioId}/pre-moderation")
    String set(@PathVariable long studioId, @RequestParam(required = false) String choice, RedirectAttributes redirect) {
        return Forms.step("/participation/studio-moderation", redirect, "已保存工作室的先审后发设置",
                () -> moderation.set(studioId, choice(choice)));
    }

    static Boolean choice(String choice) {
        return switch (choice == null ? "" : choice) {
            case "ON" -> true;
            case "OFF" -> false;
            case "COMMITTEE" -> null;
            default -> throw BusinessException.invalid("请选择先审后发、不先审或跟随全会设置");
        };
    }
}
