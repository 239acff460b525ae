package cn.tongxin.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.tongxin.search.SimilarProposals;

/**
 * Measures similar-proposal suggestions on the labelled set: precision and recall per threshold, the lowest threshold
 * with precision ≥ 0.8 (the most recall the promise allows), and the chosen one. Writes
 * target/benchmarks/similarity.md for docs/benchmarks.md. Run:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SimilarProposalsEvaluation}
 */
@Tag("benchmark")
class SimilarProposalsEvaluation {

    @Test
    void precisionAndRecallPerThreshold() throws Exception {
        LabelledPairs set = LabelledPairs.load();
        List<LabelledPairs.Scored> scored = set.scored();
        StringBuilder md = new StringBuilder();
        Map<String, Long> kinds = new TreeMap<>(set.pairs().stream().collect(Collectors.groupingBy(
                p -> p.kind() + (p.similar() ? " (similar)" : " (not similar)"), Collectors.counting())));
        md.append("Labelled pairs: ").append(set.pairs().size()).append(" — ").append(kinds).append("\n\n");
        md.append("| threshold | precision | recall | shown (TP+FP) |\n|---|---|---|---|\n");
        Double lowest = null;
        for (int t = 5; t <= 80; t += 5) {
            double threshold = t / 100.0;
            LabelledPairs.Measure m = LabelledPairs.measure(scored, threshold);
            if (lowest == null && m.precision() >= 0.8) {
                lowest = threshold;
            }
            md.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %d |%n", threshold, m.precision(), m.recall(),
                    m.truePositives() + m.falsePositives()));
        }
        LabelledPairs.Measure chosen = LabelledPairs.measure(scored, SimilarProposals.THRESHOLD);
        md.append(String.format(Locale.ROOT, "%nLowest threshold with precision ≥ 0.8: %s. Chosen (SimilarProposals.THRESHOLD): %.2f — "
                + "precision %.3f, recall %.3f.%n", lowest, SimilarProposals.THRESHOLD, chosen.precision(), chosen.recall()));
        LabelledPairs.Measure hand = LabelledPairs.measure(scored.stream().filter(s -> s.pair().kind().equals("hand")).toList(),
                SimilarProposals.THRESHOLD);
        md.append(String.format(Locale.ROOT, "Hand-written pairs alone at %.2f: precision %.3f, recall %.3f.%n", SimilarProposals.THRESHOLD,
                hand.precision(), hand.recall()));
        md.append("\nMean score by kind:\n\n| kind | pairs | mean | min | max |\n|---|---|---|---|---|\n");
        scored.stream().collect(Collectors.groupingBy(s -> s.pair().kind(), TreeMap::new, Collectors.toList())).forEach((kind, list) -> {
            var stats = list.stream().mapToDouble(LabelledPairs.Scored::score).summaryStatistics();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", kind, list.size(), stats.getAverage(),
                    stats.getMin(), stats.getMax()));
        });
        md.append("\nHand-written pairs:\n\n| similar | score | A | B |\n|---|---|---|---|\n");
        scored.stream().filter(s -> s.pair().kind().equals("hand")).forEach(s -> md.append(String.format(Locale.ROOT,
                "| %s | %.3f | %s | %s |%n", s.pair().similar() ? "yes" : "no", s.score(), s.pair().titleA(), s.pair().titleB())));
        Path out = Path.of("target/benchmarks/similarity.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }
}
