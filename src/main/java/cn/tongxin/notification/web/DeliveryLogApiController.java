package cn.tongxin.notification.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.notification.Delivery;
import cn.tongxin.notification.DeliveryLog;
import cn.tongxin.notification.DeliveryStatus;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@Tag(name = "消息", description = "站内消息与提醒")
class DeliveryLogApiController {

    private final DeliveryLog log;

    DeliveryLogApiController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/message-deliveries")
    @Operation(summary = "邮件与短信发送记录（仅系统管理员；按状态 PENDING/SENT/RETRYING/FAILED 筛选；新的在前）")
    PageResult<Delivery> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return log.list(status(status), PageQuery.of(page, size));
    }

    static DeliveryStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("未知的发送状态：" + status.strip());
        }
    }
}
