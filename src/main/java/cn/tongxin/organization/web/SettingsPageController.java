package cn.tongxin.organization.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class SettingsPageController {

    private final CommitteeSettings settings;

    SettingsPageController(CommitteeSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/org/settings")
    String show(Model model) {
        model.addAttribute("settings", settings.current());
        return "organization/settings";
    }

    @PostMapping("/org/settings")
    @ApiTwin("PUT /api/v1/settings")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        for (SettingKey key : SettingKey.values()) {
            if (key.isSwitch()) {
                values.put(key, params.containsKey(key.name()) ? "1" : "0");
            } else if (params.containsKey(key.name())) {
                values.put(key, params.get(key.name()));
            }
        }
        return Forms.submit(() -> {
            settings.update(values);
            return null;
        }, "设置已保存", "redirect:/org/settings", model, redirect, () -> show(model));
    }
}
