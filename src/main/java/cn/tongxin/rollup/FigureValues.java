package cn.tongxin.rollup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.tongxin.rollup.internal.FigureSummaries;
import cn.tongxin.rollup.internal.LiveFigures;
import cn.tongxin.shared.DateRange;

/**
 * The headline figures of a set of committees for a period, for other modules (the annual account): a whole year from
 * the summaries, any other period counted live — the same numbers {@link SystemStatistics} shows. The caller has
 * checked who may see them.
 */
@Service
public class FigureValues {

    private final FigureSummaries summaries;
    private final LiveFigures live;

    FigureValues(FigureSummaries summaries, LiveFigures live) {
        this.summaries = summaries;
        this.live = live;
    }

    /** Per committee, every figure present (zero where nothing counted). */
    public Map<Long, Map<Figure, Long>> of(Collection<Long> committees, DateRange range) {
        Map<Long, Map<Figure, Long>> values = new HashMap<>();
        if (wholeYear(range)) {
            summaries.year(committees, range.from().getYear()).forEach((c, v) -> values.put(c, complete(v)));
        } else {
            live.of(committees, range).forEach((c, tally) -> values.put(c, complete(tally.values())));
        }
        return values;
    }

    /** The committees' figures summed. */
    public Map<Figure, Long> total(Collection<Long> committees, DateRange range) {
        Map<Figure, Long> total = complete(Map.of());
        of(committees, range).values().forEach(v -> v.forEach((f, n) -> total.merge(f, n, Long::sum)));
        return total;
    }

    public static boolean wholeYear(DateRange range) {
        LocalDate from = range.from();
        return from.getDayOfYear() == 1 && range.to().equals(LocalDate.of(from.getYear(), 12, 31));
    }

    private static Map<Figure, Long> complete(Map<Figure, Long> values) {
        Map<Figure, Long> all = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            all.put(f, values.getOrDefault(f, 0L));
        }
        return all;
    }
}
