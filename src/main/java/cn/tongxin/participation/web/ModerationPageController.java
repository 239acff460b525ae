package cn.tongxin.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.ModerationStatus;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class ModerationPageController {

    private final ModerationQueue queue;

    ModerationPageController(ModerationQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/participation/moderation")
    String list(@RequestParam(required = false) ModerationStatus status, @RequestParam(required = false) Integer page, Model model) {
        ModerationStatus shown = status == null ? ModerationStatus.PENDING : status;
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ModerationStatus.values());
        model.addAttribute("counts", queue.counts());
        model.addAttribute("items", queue.list(shown, PageQuery.of(page, 20)));
        model.addAttribute("query", "status=" + shown.name());
        return "participation/moderation";
    }

    @PostMapping("/participation/moderation/{id}/approve")
    @ApiTwin("POST /api/v1/moderation/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/participation/moderation", redirect, "已审核通过", () -> queue.approve(id));
    }

    @PostMapping("/participation/moderation/{id}/reject")
    @ApiTwin("POST /api/v1/moderation/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.step("/participation/moderation", redirect, "已审核不通过", () -> queue.reject(id, reason));
    }

    @PostMapping("/participation/moderation/{id}/hide")
    @ApiTwin("POST /api/v1/moderation/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.step("/participation/moderation?status=APPROVED", redirect, "已隐藏，页面保留占位和回复", () -> queue.hide(id, reason));
    }

    @PostMapping("/participation/moderation/{id}/undo")
    @ApiTwin("POST /api/v1/moderation/{id}/undo")
    String undo(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String page = back != null && back.matches("[A-Z]+") ? "/participation/moderation?status=" + back : "/participation/moderation";
        return Forms.step(page, redirect, "已撤销审核决定", () -> queue.undo(id));
    }
}
