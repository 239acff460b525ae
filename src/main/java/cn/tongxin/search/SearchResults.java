package cn.tongxin.search;

import java.util.List;

import cn.tongxin.shared.SubjectType;

/**
 * One page of search results with the facets of all hits (at most {@link SearchRecords#RESULT_CAP}; {@code capped}
 * says there may be more: refine the query).
 */
public record SearchResults(String q, List<Hit> items, int page, int size, long total, boolean capped, List<Facet> facets) {

    /**
     * A record found. {@code titleHtml} and {@code snippetHtml} are escaped text with the query's words in
     * {@code <mark>}: safe to insert as HTML whatever the record's text contains. {@code reference}: a proposal's number.
     */
    public record Hit(SubjectType kind, String kindLabel, long id, String title, String titleHtml, String snippetHtml, Integer year,
                      String category, String status, List<String> units, String reference, String link) {
    }

    /** A facet: {@code name} is the request parameter that narrows by it (kind, year, category, unit, status). */
    public record Facet(String name, String label, List<Value> values) {
    }

    public record Value(String value, String label, long count) {
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
