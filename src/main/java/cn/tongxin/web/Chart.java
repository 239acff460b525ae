package cn.tongxin.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as data, built in a controller from the figures its page already shows and rendered by the fragment
 * {@code ~{fragments :: chart(${spec})}}: a {@code <figure class="chart">} whose {@code data-chart} attribute holds
 * {@link #json()} (drawn by {@code /js/charts.js} with ECharts) and a table of the same numbers beside it.
 *
 * <p>{@code series} are parallel to {@code categories}: series {@code i}'s value {@code j} belongs to category {@code j};
 * a {@code null} value is a figure that does not exist (a rate without a denominator), drawn as a gap and shown as "—".
 * A pie has one series. {@code unit} is what the numbers count ("件", "人次", "%").
 */
public record Chart(Kind kind, String title, List<String> categories, List<Series> series, String unit) {

    /** How the numbers are drawn. */
    public enum Kind {
        /** Vertical bars, one group per category. */
        BAR,
        /** Horizontal bars: for long category names (units, committees) and many categories. */
        HBAR,
        /** Vertical bars, the series stacked: parts of a whole per category. */
        STACKED,
        /** A line per series over the categories (years, months). */
        LINE,
        /** Shares of one series. */
        PIE;

        /** The name in the JSON and the CSS class: {@code bar}, {@code hbar}, {@code stacked}, {@code line}, {@code pie}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One named row of numbers, parallel to the chart's categories. */
    public record Series(String name, List<Number> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            List<Number> copy = new ArrayList<>();
            for (Number n : values == null ? List.<Number>of() : values) {
                // NaN and infinities are no figure (and no JSON number)
                copy.add(n != null && Double.isFinite(n.doubleValue()) ? n : null);
            }
            values = java.util.Collections.unmodifiableList(copy);
        }

        public static Series of(String name, Number... values) {
            return new Series(name, Arrays.asList(values));
        }

        public static Series of(String name, Collection<? extends Number> values) {
            return new Series(name, new ArrayList<>(values));
        }
    }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        categories = categories == null ? List.of() : List.copyOf(categories);
        series = series == null ? List.of() : List.copyOf(series);
        unit = unit == null ? "" : unit;
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("图表「" + title + "」的系列「" + s.name() + "」有 " + s.values().size()
                        + " 个数，类别有 " + categories.size() + " 个");
            }
        }
        if (kind == Kind.PIE && series.size() > 1) {
            throw new IllegalArgumentException("饼图「" + title + "」只能有一个系列");
        }
    }

    // ---- factories ----

    public static Chart bar(String title, String unit, List<String> categories, Series... series) {
        return new Chart(Kind.BAR, title, categories, List.of(series), unit);
    }

    public static Chart hbar(String title, String unit, List<String> categories, Series... series) {
        return new Chart(Kind.HBAR, title, categories, List.of(series), unit);
    }

    public static Chart stacked(String title, String unit, List<String> categories, Series... series) {
        return new Chart(Kind.STACKED, title, categories, List.of(series), unit);
    }

    public static Chart line(String title, String unit, List<String> categories, Series... series) {
        return new Chart(Kind.LINE, title, categories, List.of(series), unit);
    }

    /** A pie of the map's values in its iteration order (keys are the categories). */
    public static Chart pie(String title, String unit, Map<String, ? extends Number> shares) {
        return new Chart(Kind.PIE, title, new ArrayList<>(shares.keySet()),
                List.of(Series.of("数量", shares.values())), unit);
    }

    /** One bar per map entry (keys are the categories, one series named {@code seriesName}). */
    public static Chart bar(String title, String unit, String seriesName, Map<String, ? extends Number> values) {
        return new Chart(Kind.BAR, title, new ArrayList<>(values.keySet()),
                List.of(Series.of(seriesName, values.values())), unit);
    }

    /** Horizontal bars, one per map entry (keys are the categories, one series named {@code seriesName}). */
    public static Chart hbar(String title, String unit, String seriesName, Map<String, ? extends Number> values) {
        return new Chart(Kind.HBAR, title, new ArrayList<>(values.keySet()),
                List.of(Series.of(seriesName, values.values())), unit);
    }

    /**
     * A chart of a page's rows: one category per row ({@code label}), one series per named column. For example the
     * rows of a by-unit table, with the columns "交办" and "办结".
     */
    @SafeVarargs
    public static <R> Chart ofRows(Kind kind, String title, String unit, Collection<R> rows, Function<R, String> label,
                                   Column<R>... columns) {
        List<String> categories = rows.stream().map(label).toList();
        List<Series> series = new ArrayList<>();
        for (Column<R> column : columns) {
            List<Number> values = new ArrayList<>();
            for (R row : rows) {
                values.add(column.value().apply(row));
            }
            series.add(new Series(column.name(), values));
        }
        return new Chart(kind, title, categories, series, unit);
    }

    /** A named column of a page's rows, for {@link #ofRows}. */
    public record Column<R>(String name, Function<R, ? extends Number> value) {

        public static <R> Column<R> of(String name, Function<R, ? extends Number> value) {
            return new Column<>(name, value);
        }
    }

    /** {@code numerator ÷ denominator} in percent to one decimal, or {@code null} (no figure) when nothing is counted. */
    public static Double percent(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
    }

    /**
     * The years of a trend for a page filtered by a date range: each year the range touches, clipped to the range,
     * when it touches more than one (the last ten at most), otherwise none (a one-year page has no trend).
     */
    public static List<YearSpan> trendYears(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null || to == null || from.getYear() >= to.getYear()) {
            return List.of();
        }
        List<YearSpan> years = new ArrayList<>();
        for (int y = Math.max(from.getYear(), to.getYear() - 9); y <= to.getYear(); y++) {
            java.time.LocalDate start = java.time.LocalDate.of(y, 1, 1), end = java.time.LocalDate.of(y, 12, 31);
            years.add(new YearSpan(y, start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
        }
        return years;
    }

    /** One year of a trend, clipped to the page's range; {@code whole()} when it is the full calendar year. */
    public record YearSpan(int year, java.time.LocalDate from, java.time.LocalDate to) {

        public boolean whole() {
            return from.getDayOfYear() == 1 && to.equals(java.time.LocalDate.of(year, 12, 31));
        }

        public String label() {
            return whole() ? year + "年" : from + "至" + to;
        }
    }

    /** The years as category labels ("2025年", or the dates of a partial year). */
    public static List<String> yearLabels(List<YearSpan> years) {
        return years.stream().map(YearSpan::label).toList();
    }

    // ---- for the fragment ----

    /** No category: the fragment shows "暂无数据" and the canvas an empty note. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    /** The value of series {@code s} at category {@code c} for the table: "—" where there is none. */
    public String cell(int s, int c) {
        Number n = series.get(s).values().get(c);
        return n == null ? "—" : format(n);
    }

    /** The JSON the {@code data-chart} attribute carries (Thymeleaf escapes it for the attribute). */
    public String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.code());
        out.put("title", title);
        out.put("unit", unit);
        out.put("categories", categories);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("values", s.values());
            list.add(m);
        }
        out.put("series", list);
        return JsonMapper.shared().writeValueAsString(out);
    }

    static String format(Number n) {
        if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
