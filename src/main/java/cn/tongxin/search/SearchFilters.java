package cn.tongxin.search;

import cn.tongxin.shared.SubjectType;

/** What narrows a search: the facets' values (any may be null). */
public record SearchFilters(SubjectType kind, Integer year, String category, String unit, String status) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);
}
