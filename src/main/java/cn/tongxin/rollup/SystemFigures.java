package cn.tongxin.rollup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A committee's system statistics for a period: the figures summed over the committee and every committee below it
 * ({@code system}), and one row per committee, the committee's own first. {@code source}: {@code summary} when the
 * figures come from the per-year summaries, {@code live} when they were counted from the records for this request.
 */
public record SystemFigures(LocalDate from, LocalDate to, String source, List<FigureLine> figures, List<RateLine> rates,
                            Row system, List<Row> committees) {

    public record FigureLine(Figure code, String area, String label, String definition) {
    }

    public record RateLine(Rate code, String area, String label, String definition) {
    }

    /** {@code own}: the current user's committee itself. */
    public record Row(Long committeeId, String name, String level, boolean own, Map<Figure, Long> values, Map<Rate, String> rates) {

        public long value(Figure figure) {
            return values.getOrDefault(figure, 0L);
        }

        public String rate(Rate rate) {
            return rates.get(rate);
        }

        static Row of(Long committeeId, String name, String level, boolean own, Map<Figure, Long> values) {
            Map<Figure, Long> all = new EnumMap<>(Figure.class);
            for (Figure f : Figure.values()) {
                all.put(f, values.getOrDefault(f, 0L));
            }
            Map<Rate, String> rates = new EnumMap<>(Rate.class);
            for (Rate r : Rate.values()) {
                long d = all.get(r.denominator());
                rates.put(r, d == 0 ? "—" : String.format("%.1f%%", all.get(r.numerator()) * 100.0 / d));
            }
            return new Row(committeeId, name, level, own, all, rates);
        }
    }

    static List<FigureLine> figureLines() {
        return Arrays.stream(Figure.values()).map(f -> new FigureLine(f, f.area(), f.label(), f.definition())).toList();
    }

    static List<RateLine> rateLines() {
        return Arrays.stream(Rate.values()).map(r -> new RateLine(r, r.area(), r.label(), r.definition())).toList();
    }
}
