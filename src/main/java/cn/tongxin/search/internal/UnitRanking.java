package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k nearest neighbours over past proposals: each of the {@link #K} most similar handled proposals votes for its units
 * with its similarity; the units with most weight come first, each with the proposals that voted for it (the reason).
 */
public final class UnitRanking {

    public static final int K = 10;
    public static final int SHOWN = 3;

    private UnitRanking() {
    }

    /** A past proposal near the new one, and the units that handled it. */
    public record Neighbour(long id, String title, String number, double score, List<Long> unitIds, List<String> unitNames) {
    }

    public record Ranked(long unitId, String unitName, double weight, List<Neighbour> because) {
    }

    public static List<Ranked> rank(List<Neighbour> neighbours) {
        Map<Long, Ranked> units = new LinkedHashMap<>();
        neighbours.stream().filter(n -> n.score() > 0).sorted(Comparator.comparingDouble(Neighbour::score).reversed()).limit(K)
                .forEach(n -> {
                    for (int i = 0; i < n.unitIds().size(); i++) {
                        long unit = n.unitIds().get(i);
                        String name = i < n.unitNames().size() ? n.unitNames().get(i) : "";
                        Ranked r = units.getOrDefault(unit, new Ranked(unit, name, 0, List.of()));
                        List<Neighbour> because = new ArrayList<>(r.because());
                        because.add(n);
                        units.put(unit, new Ranked(unit, name, r.weight() + n.score(), because));
                    }
                });
        return units.values().stream().sorted(Comparator.comparingDouble(Ranked::weight).reversed()).limit(SHOWN).toList();
    }
}
