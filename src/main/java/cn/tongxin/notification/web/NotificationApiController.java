package cn.tongxin.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.notification.Message;
import cn.tongxin.notification.Notifications;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "消息", description = "站内消息与提醒")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "我的消息（新消息在前）")
    PageResult<Message> inbox(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notifications.inbox(PageQuery.of(page, size == null ? 20 : size));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "未读消息数")
    long unread() {
        return notifications.unread();
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "标为已读")
    void read(@PathVariable long id) {
        notifications.markRead(id);
    }
}
