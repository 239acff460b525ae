package cn.tongxin.search.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.search.HotWords;
import cn.tongxin.search.RebuildIndex;
import cn.tongxin.search.SearchFilters;
import cn.tongxin.search.SearchRecords;
import cn.tongxin.search.SearchResults;
import cn.tongxin.search.SimilarProposals;
import cn.tongxin.search.SuggestUnits;
import cn.tongxin.shared.SubjectType;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "检索", description = "全文检索（按权限过滤、分面、高亮摘要）、相似提案与并案参考、建议承办单位、提案热词、重建索引")
class SearchApiController {

    private final SearchRecords search;
    private final RebuildIndex rebuild;
    private final SimilarProposals similar;
    private final SuggestUnits units;
    private final HotWords hotWords;

    SearchApiController(SearchRecords search, RebuildIndex rebuild, SimilarProposals similar, SuggestUnits units, HotWords hotWords) {
        this.search = search;
        this.rebuild = rebuild;
        this.similar = similar;
        this.units = units;
        this.hotWords = hotWords;
    }

    @Operation(summary = "全文检索（按权限过滤，分面与高亮摘要）")
    @GetMapping
    SearchResults apiSearch(@RequestParam(required = false) String q, @RequestParam(required = false) SubjectType kind,
                            @RequestParam(required = false) Integer year, @RequestParam(required = false) String category,
                            @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                            @RequestParam(required = false) Integer page) {
        return search.search(q, new SearchFilters(kind, year, blank(category), blank(unit), blank(status)), page);
    }

    @Operation(summary = "重建本级政协的检索索引（系统管理员）")
    @PostMapping("/rebuild")
    RebuildIndex.Result apiRebuild() {
        return rebuild.rebuildOwnCommittee();
    }

    /** The draft's text: title and the whole text (body or its three parts). */
    record Draft(String title, String text, Long draftId) {
    }

    @Operation(summary = "与草稿相似的近五年提案（撰写时参考）")
    @PostMapping("/similar-proposals")
    List<SimilarProposals.Similar> apiSimilar(@RequestBody Draft draft) {
        return similar.forDraft(draft.title() == null ? "" : draft.title(), draft.text() == null ? "" : draft.text(), draft.draftId());
    }

    @Operation(summary = "并案参考：同年度与该提案相似的提案（工作人员）")
    @GetMapping("/merge-candidates/{proposalId}")
    List<SimilarProposals.Similar> apiMergeCandidates(@PathVariable long proposalId) {
        return similar.mergeCandidates(proposalId);
    }

    @Operation(summary = "建议承办单位：按相似提案的承办情况推荐三个（工作人员）")
    @GetMapping("/unit-suggestions/{proposalId}")
    List<SuggestUnits.Suggestion> apiUnitSuggestions(@PathVariable long proposalId) {
        return units.forProposal(proposalId);
    }

    @Operation(summary = "年度提案热词（工作人员、领导）")
    @GetMapping("/hot-words")
    HotWords.Result apiHotWords(@RequestParam(required = false) Integer year, @RequestParam(required = false) String category) {
        return hotWords.of(year, category);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
