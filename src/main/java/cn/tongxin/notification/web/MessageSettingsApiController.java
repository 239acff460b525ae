package cn.tongxin.notification.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.notification.MessagePreference;
import cn.tongxin.notification.MessagePreferences;

@RestController
@Tag(name = "消息", description = "站内消息与提醒")
class MessageSettingsApiController {

    private final MessagePreferences preferences;

    MessageSettingsApiController(MessagePreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/v1/me/message-preferences")
    @Operation(summary = "我的消息接收方式（每类消息：电子邮件 OFF/DIRECT/DIGEST，短信 是/否；站内消息总是发送）")
    List<MessagePreference> mine() {
        return preferences.mine();
    }

    @PutMapping("/api/v1/me/message-preferences")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改我的消息接收方式（未列出的类别不变）")
    void update(@RequestBody List<MessagePreference> changes) {
        preferences.updateMine(changes);
    }
}
