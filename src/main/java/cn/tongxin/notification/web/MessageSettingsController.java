package cn.tongxin.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.ContactDetails;
import cn.tongxin.notification.EmailMode;
import cn.tongxin.notification.MessageKind;
import cn.tongxin.notification.MessagePreference;
import cn.tongxin.notification.MessagePreferences;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class MessageSettingsController {

    private final MessagePreferences preferences;
    private final ContactDetails contacts;

    MessageSettingsController(MessagePreferences preferences, ContactDetails contacts) {
        this.preferences = preferences;
        this.contacts = contacts;
    }

    @GetMapping("/notifications/settings")
    String form(Model model) {
        model.addAttribute("preferences", preferences.mine());
        model.addAttribute("emailModes", EmailMode.values());
        model.addAttribute("contact", contacts.mine());
        return "notification/settings";
    }

    /** One row per kind: {@code email_DEADLINE=DIRECT}, a checked {@code sms_DEADLINE}. */
    @PostMapping("/notifications/settings")
    @ApiTwin("PUT /api/v1/me/message-preferences")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return Forms.step("/notifications/settings", redirect, "消息设置已保存", () -> preferences.updateMine(read(form)));
    }

    private static List<MessagePreference> read(Map<String, String> form) {
        List<MessagePreference> result = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            String email = form.get("email_" + kind.name());
            if (email == null) {
                continue;
            }
            try {
                result.add(new MessagePreference(kind, EmailMode.valueOf(email), form.containsKey("sms_" + kind.name())));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("未知的发送方式：" + email);
            }
        }
        return result;
    }
}
