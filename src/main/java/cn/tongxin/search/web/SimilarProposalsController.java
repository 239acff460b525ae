package cn.tongxin.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.search.SimilarProposals;
import cn.tongxin.search.SuggestUnits;
import cn.tongxin.web.ApiTwin;

/**
 * The panel 近年来相似提案及办理情况 beside a draft (htmx posts the form's title and text: too long for a URL) and
 * the 并案 candidates on a proposal under review, the suggested units at 交办 (API twins: {@link SearchApiController}).
 */
@Controller
class SimilarProposalsController {

    private final SimilarProposals similar;
    private final SuggestUnits units;

    SimilarProposalsController(SimilarProposals similar, SuggestUnits units) {
        this.similar = similar;
        this.units = units;
    }

    @PostMapping("/search/similar-proposals")
    @ApiTwin("POST /api/v1/search/similar-proposals")
    String panel(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                 @RequestParam(defaultValue = "") String situation, @RequestParam(defaultValue = "") String analysis,
                 @RequestParam(defaultValue = "") String suggestions, @RequestParam(required = false) Long draftId, Model model) {
        model.addAttribute("similar", similar.forDraft(title, String.join("\n", body, situation, analysis, suggestions), draftId));
        model.addAttribute("merge", false);
        return "search/similar :: panel";
    }

    @GetMapping("/search/merge-candidates/{proposalId}")
    String mergePanel(@PathVariable long proposalId, Model model) {
        model.addAttribute("similar", similar.mergeCandidates(proposalId));
        model.addAttribute("merge", true);
        return "search/similar :: panel";
    }

    @GetMapping("/search/unit-suggestions/{proposalId}")
    String unitPanel(@PathVariable long proposalId, Model model) {
        model.addAttribute("suggestions", units.forProposal(proposalId));
        return "search/similar :: units";
    }
}
