package cn.tongxin.search.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.search.HotWords;
import cn.tongxin.web.Chart;

import tools.jackson.databind.json.JsonMapper;

/**
 * 热词 of a year's proposals, as a chart and a list whose words open the proposals that use them (API:
 * {@link SearchApiController}). The panel alone ({@code /search/hot-words/panel}) is what the annual figures and the
 * proposal statistics load into their pages, so those modules need not know the search module.
 */
@Controller
class HotWordsController {

    private final HotWords hotWords;
    private final Dictionaries dictionaries;
    private final CurrentUsers currentUsers;

    HotWordsController(HotWords hotWords, Dictionaries dictionaries, CurrentUsers currentUsers) {
        this.hotWords = hotWords;
        this.dictionaries = dictionaries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/search/hot-words")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String category, Model model) {
        panelModel(year, category, model);
        return "search/hot-words";
    }

    @GetMapping("/search/hot-words/panel")
    String panel(@RequestParam(required = false) Integer year, @RequestParam(required = false) String category, Model model) {
        panelModel(year, category, model);
        return "search/hot-words-panel :: panel";
    }

    private void panelModel(Integer year, String category, Model model) {
        HotWords.Result result = hotWords.of(year, category);
        Map<String, Long> values = new LinkedHashMap<>();
        result.words().forEach(w -> values.put(w.word(), w.documents()));
        model.addAttribute("result", result);
        model.addAttribute("chart", Chart.hbar(result.year() + "年提案热词" + (result.category() == null ? "" : "（" + result.category() + "）"),
                "件", "提及提案数", values));
        model.addAttribute("chartLinks", JsonMapper.shared().writeValueAsString(result.links()));
        model.addAttribute("categories", dictionaries.entries(currentUsers.get().committeeId(), DictionaryKind.PROPOSAL_CATEGORY));
    }
}
