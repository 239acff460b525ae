package cn.tongxin.search.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the search page: the same query with one facet set or cleared, or another page. */
public record SearchLinks(String q, Map<String, String> filters) {

    public String with(String name, String value) {
        Map<String, String> f = new LinkedHashMap<>(filters);
        f.put(name, value);
        return build(f, null);
    }

    public String without(String name) {
        Map<String, String> f = new LinkedHashMap<>(filters);
        f.remove(name);
        return build(f, null);
    }

    public String page(int page) {
        return build(filters, page);
    }

    public boolean active(String name, String value) {
        return value != null && value.equals(filters.get(name));
    }

    private String build(Map<String, String> f, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
        f.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        if (page != null) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
