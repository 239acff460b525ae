package cn.tongxin.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.search.RebuildIndex;
import cn.tongxin.search.SearchFilters;
import cn.tongxin.search.SearchRecords;
import cn.tongxin.search.SearchResults;
import cn.tongxin.shared.SubjectType;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "检索", description = "全文检索（按权限过滤、分面、高亮摘要）与重建索引")
class SearchApiController {

    private final SearchRecords search;
    private final RebuildIndex rebuild;

    SearchApiController(SearchRecords search, RebuildIndex rebuild) {
        this.search = search;
        this.rebuild = rebuild;
    }

    @GetMapping
    SearchResults apiSearch(@RequestParam(required = false) String q, @RequestParam(required = false) SubjectType kind,
                            @RequestParam(required = false) Integer year, @RequestParam(required = false) String category,
                            @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                            @RequestParam(required = false) Integer page) {
        return search.search(q, new SearchFilters(kind, year, blank(category), blank(unit), blank(status)), page);
    }

    @PostMapping("/rebuild")
    RebuildIndex.Result apiRebuild() {
        return rebuild.rebuildOwnCommittee();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
