package cn.tongxin.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart of the annual page in the shape of the chart component's contract (BRIEF: kind bar|hbar|line|pie, title,
 * categories, series of (name, numbers), unit; {@code data-chart} JSON drawn by {@code /js/charts.js}, with a table
 * of the same numbers beside it). To be replaced by {@code cn.tongxin.web.Chart} and its fragment once they are on main.
 */
public record AnnualChart(String kind, String title, List<String> categories, List<Series> series, String unit) {

    public record Series(String name, List<Long> values) {
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    public String cell(int s, int c) {
        Long n = series.get(s).values().get(c);
        return n == null ? "—" : n.toString();
    }

    public String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        out.put("title", title);
        out.put("unit", unit);
        out.put("categories", categories);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            list.add(Map.of("name", s.name(), "values", s.values()));
        }
        out.put("series", list);
        return JsonMapper.shared().writeValueAsString(out);
    }
}
