package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

/**
 * Scores the index's candidates against a text's words: TF-IDF cosine with document frequencies of the scope, best
 * first. Similar proposals keep those above their threshold; unit suggestions weigh the nearest ones' units.
 */
@Component
public class SimilarityScoring {

    private static final int MAX_WORDS = 40;

    private final SimilarCandidates candidates;

    SimilarityScoring(SimilarCandidates candidates) {
        this.candidates = candidates;
    }

    public record Scored(SimilarCandidates.Candidate candidate, double score) {
    }

    public List<Scored> score(SimilarCandidates.Scope scope, List<String> profile) {
        LinkedHashSet<String> words = topWords(profile);
        if (words.isEmpty()) {
            return List.of();
        }
        List<SimilarCandidates.Candidate> pool = candidates.candidates(scope, words);
        if (pool.isEmpty()) {
            return List.of();
        }
        ChineseText analyser = ChineseText.shared();
        List<List<String>> profiles = pool.stream().map(c -> TextSimilarity.profile(analyser.words(c.title()), split(c.terms()))).toList();
        LinkedHashSet<String> vocabulary = new LinkedHashSet<>(profile);
        profiles.forEach(vocabulary::addAll);
        SimilarCandidates.Frequencies f = candidates.frequencies(scope, vocabulary);
        ToDoubleFunction<String> idf = TextSimilarity.idf(f.documents(), f.df());
        Map<String, Double> mine = TextSimilarity.vector(profile, idf);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            scored.add(new Scored(pool.get(i), TextSimilarity.cosine(mine, TextSimilarity.vector(profiles.get(i), idf))));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    public static List<String> split(String terms) {
        return terms == null || terms.isEmpty() ? List.of() : Arrays.asList(terms.split(" "));
    }

    /** The text's most frequent words (title words count more): what candidates must share one of. */
    private static LinkedHashSet<String> topWords(List<String> words) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        words.forEach(w -> tf.merge(w, 1, Integer::sum));
        LinkedHashSet<String> top = new LinkedHashSet<>();
        tf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_WORDS)
                .forEach(e -> top.add(e.getKey()));
        return top;
    }
}
