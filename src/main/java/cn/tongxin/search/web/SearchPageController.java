package cn.tongxin.search.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.search.SearchFilters;
import cn.tongxin.search.SearchRecords;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;

/** The search page behind the box in the top bar: the same use case as {@code GET /api/v1/search}. */
@Controller
class SearchPageController {

    private final SearchRecords search;

    SearchPageController(SearchRecords search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) SubjectType kind,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String category,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer page, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        SearchFilters filters = new SearchFilters(kind, year, SearchApiController.blank(category), SearchApiController.blank(unit),
                SearchApiController.blank(status));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("searchBox", q);
        model.addAttribute("filters", filters);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.search(q, filters, page));
            } catch (BusinessException e) {
                model.addAttribute("problem", e.getMessage());
                response.setStatus(e.status().value());
            }
        }
        Map<String, String> active = new LinkedHashMap<>();
        active.put("kind", kind == null ? null : kind.name());
        active.put("year", year == null ? null : String.valueOf(year));
        active.put("category", filters.category());
        active.put("unit", filters.unit());
        active.put("status", filters.status());
        active.values().removeIf(java.util.Objects::isNull);
        model.addAttribute("links", new SearchLinks(q == null ? "" : q.strip(), active));
        return "search/results";
    }
}
