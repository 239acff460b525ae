package cn.tongxin.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.notification.Notifications;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Requests;

@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", notifications.inbox(PageQuery.of(page, 20)));
        return "notification/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @RequestParam(required = false) String next) {
        notifications.markRead(id);
        return "redirect:" + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/notifications");
    }

    /** The unread count in the top bar. */
    @ControllerAdvice(annotations = Controller.class)
    static class UnreadAdvice {
        private final Notifications notifications;

        UnreadAdvice(Notifications notifications) {
            this.notifications = notifications;
        }

        @ModelAttribute("unreadMessages")
        String unread(HttpServletRequest request) {
            return Requests.isApi(request) ? "" : notifications.unreadBadge();
        }
    }
}
