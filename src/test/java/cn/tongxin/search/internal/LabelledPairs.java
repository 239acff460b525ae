package cn.tongxin.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The labelled set of proposal pairs (src/test/resources/search/similarity-pairs.tsv, written by generate_pairs.py)
 * scored exactly as {@code SimilarProposals} scores: TF-IDF cosine of {@link TextSimilarity#profile}, the document
 * frequencies taken over every text of the set (the set is the committee's corpus).
 */
record LabelledPairs(List<Pair> pairs) {

    record Pair(boolean similar, String kind, String titleA, String textA, String titleB, String textB) {
    }

    record Scored(Pair pair, double score) {
    }

    /** Precision and recall of "score ≥ threshold means similar". */
    record Measure(double threshold, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    static LabelledPairs load() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        var in = LabelledPairs.class.getClassLoader().getResourceAsStream("search/similarity-pairs.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0].equals("1"), f[1], f[2], f[3], f[4], f[5]));
            }
        }
        return new LabelledPairs(pairs);
    }

    List<Scored> scored() {
        ChineseText analyser = ChineseText.shared();
        List<List<String>> a = new ArrayList<>();
        List<List<String>> b = new ArrayList<>();
        Map<String, Long> df = new HashMap<>();
        for (Pair p : pairs) {
            a.add(TextSimilarity.profile(analyser, p.titleA(), p.textA()));
            b.add(TextSimilarity.profile(analyser, p.titleB(), p.textB()));
            new HashSet<>(a.getLast()).forEach(w -> df.merge(w, 1L, Long::sum));
            new HashSet<>(b.getLast()).forEach(w -> df.merge(w, 1L, Long::sum));
        }
        ToDoubleFunction<String> idf = TextSimilarity.idf(2L * pairs.size(), df);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            scored.add(new Scored(pairs.get(i), TextSimilarity.cosine(TextSimilarity.vector(a.get(i), idf), TextSimilarity.vector(b.get(i), idf))));
        }
        return scored;
    }

    static Measure measure(List<Scored> scored, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (Scored s : scored) {
            boolean shown = s.score() >= threshold;
            if (shown && s.pair().similar()) {
                tp++;
            } else if (shown) {
                fp++;
            } else if (s.pair().similar()) {
                fn++;
            }
        }
        return new Measure(threshold, tp, fp, fn);
    }
}
