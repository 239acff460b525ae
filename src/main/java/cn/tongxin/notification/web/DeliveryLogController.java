package cn.tongxin.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.notification.DeliveryLog;
import cn.tongxin.notification.DeliveryStatus;
import cn.tongxin.shared.PageQuery;

@Controller
class DeliveryLogController {

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/admin/message-deliveries")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("result", log.list(DeliveryLogApiController.status(status), PageQuery.of(page, 50)));
        return "notification/deliveries";
    }
}
