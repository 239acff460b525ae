package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * TF-IDF cosine over segmented words (stop words already removed): sublinear term frequency, smoothed inverse
 * document frequency, title words counted twice. Pure functions: measured on the labelled set
 * ({@code SimilarProposalsEvaluation}) exactly as they run in {@code SimilarProposals}.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /**
     * The words that count: the record's words ({@code terms}: title and text, as the index keeps them) with the title's
     * counted twice more; single Han characters are too vague to count.
     */
    public static List<String> profile(List<String> titleWords, List<String> terms) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            titleWords.stream().filter(TextSimilarity::counts).forEach(words::add);
        }
        terms.stream().filter(TextSimilarity::counts).forEach(words::add);
        return words;
    }

    /** {@link #profile} of a text not in the index (a draft, a labelled pair): its terms are the title's and text's words. */
    public static List<String> profile(ChineseText analyser, String title, String text) {
        List<String> titleWords = analyser.words(title);
        List<String> terms = new ArrayList<>(titleWords);
        terms.addAll(analyser.words(text));
        return profile(titleWords, terms);
    }

    static boolean counts(String word) {
        return word.codePointCount(0, word.length()) >= 2;
    }

    /** ln((N + 1) / (df + 1)) + 1: a word in every document still counts a little, an unseen one most. */
    public static ToDoubleFunction<String> idf(long documents, Map<String, Long> documentFrequency) {
        return word -> Math.log((documents + 1.0) / (documentFrequency.getOrDefault(word, 0L) + 1.0)) + 1.0;
    }

    public static Map<String, Double> vector(List<String> words, ToDoubleFunction<String> idf) {
        Map<String, Integer> tf = new HashMap<>();
        words.forEach(w -> tf.merge(w, 1, Integer::sum));
        Map<String, Double> v = new HashMap<>();
        tf.forEach((w, n) -> v.put(w, (1 + Math.log(n)) * idf.applyAsDouble(w)));
        return v;
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
