package cn.tongxin.search.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Top-1 / top-3 accuracy of the suggested units on a held-out year: proposals of 2021–2024 with their units are the
 * history, 2025's are suggested for as {@code SuggestUnits} does (TF-IDF cosine, {@link UnitRanking} over the nearest
 * ten). Data: src/test/resources/search/unit-history.tsv (generate_unit_history.py). Writes target/benchmarks/units.md.
 * Run: {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SuggestUnitsEvaluation}
 */
@Tag("benchmark")
class SuggestUnitsEvaluation {

    record Row(int year, String unit, List<String> profile) {
    }

    @Test
    void topOneAndTopThreeOnAHeldOutYear() throws Exception {
        ChineseText analyser = ChineseText.shared();
        List<Row> rows = new ArrayList<>();
        var in = getClass().getClassLoader().getResourceAsStream("search/unit-history.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split("\t");
                rows.add(new Row(Integer.parseInt(f[0]), f[1], TextSimilarity.profile(analyser, f[2], f[3])));
            }
        }
        List<Row> history = rows.stream().filter(r -> r.year() < 2025).toList();
        List<Row> heldOut = rows.stream().filter(r -> r.year() == 2025).toList();
        Map<String, Long> df = new HashMap<>();
        history.forEach(r -> new HashSet<>(r.profile()).forEach(w -> df.merge(w, 1L, Long::sum)));
        ToDoubleFunction<String> idf = TextSimilarity.idf(history.size(), df);
        List<Map<String, Double>> vectors = history.stream().map(r -> TextSimilarity.vector(r.profile(), idf)).toList();
        Map<String, Long> ids = new HashMap<>();
        int top1 = 0;
        int top3 = 0;
        for (Row target : heldOut) {
            Map<String, Double> v = TextSimilarity.vector(target.profile(), idf);
            List<UnitRanking.Neighbour> neighbours = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                String unit = history.get(i).unit();
                long unitId = ids.computeIfAbsent(unit, u -> (long) ids.size() + 1);
                neighbours.add(new UnitRanking.Neighbour(i, "", null, TextSimilarity.cosine(v, vectors.get(i)), List.of(unitId), List.of(unit)));
            }
            List<String> ranked = UnitRanking.rank(neighbours).stream().map(UnitRanking.Ranked::unitName).toList();
            top1 += !ranked.isEmpty() && ranked.getFirst().equals(target.unit()) ? 1 : 0;
            top3 += ranked.contains(target.unit()) ? 1 : 0;
        }
        String md = String.format(Locale.ROOT, """
                History %d proposals (2021–2024), held out %d (2025), %d units; k = %d nearest, top %d shown.

                | measure | accuracy |
                |---|---|
                | top-1 | %.3f |
                | top-3 | %.3f |
                """, history.size(), heldOut.size(), ids.size(), UnitRanking.K, UnitRanking.SHOWN,
                (double) top1 / heldOut.size(), (double) top3 / heldOut.size());
        Path out = Path.of("target/benchmarks/units.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
