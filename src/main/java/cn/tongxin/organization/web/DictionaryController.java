package cn.tongxin.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.internal.DictionaryAdmin;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class DictionaryController {

    private final DictionaryAdmin dictionaries;

    DictionaryController(DictionaryAdmin dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GetMapping("/org/dictionaries/{kind}")
    String show(@PathVariable DictionaryKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", DictionaryKind.values());
        model.addAttribute("entries", dictionaries.entries(kind));
        return "organization/dictionary";
    }

    @PostMapping("/org/dictionaries/{kind}")
    @ApiTwin("PUT /api/v1/dictionaries/{kind}/{code}")
    String save(@PathVariable DictionaryKind kind, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String label,
                @RequestParam(required = false) Integer sortOrder, @RequestParam(defaultValue = "false") boolean active, RedirectAttributes r) {
        return Forms.step("/org/dictionaries/" + kind.name(), r, "已保存", () -> dictionaries.save(kind, code, label, sortOrder, active));
    }
}
