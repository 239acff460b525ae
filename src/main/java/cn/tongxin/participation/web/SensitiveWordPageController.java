package cn.tongxin.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.participation.SensitiveWords;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class SensitiveWordPageController {

    private final SensitiveWords words;

    SensitiveWordPageController(SensitiveWords words) {
        this.words = words;
    }

    @GetMapping("/participation/sensitive-words")
    String list(Model model) {
        model.addAttribute("words", words.list());
        return "participation/sensitive-words";
    }

    @PostMapping("/participation/sensitive-words")
    @ApiTwin("POST /api/v1/sensitive-words")
    String add(@RequestParam(required = false) String words, RedirectAttributes redirect) {
        return Forms.step("/participation/sensitive-words", redirect, () -> "已添加" + this.words.add(words) + "个敏感词");
    }

    @PostMapping("/participation/sensitive-words/remove")
    @ApiTwin("DELETE /api/v1/sensitive-words/{word}")
    String remove(@RequestParam String word, RedirectAttributes redirect) {
        return Forms.step("/participation/sensitive-words", redirect, "已删除敏感词“" + word + "”", () -> words.remove(word));
    }
}
