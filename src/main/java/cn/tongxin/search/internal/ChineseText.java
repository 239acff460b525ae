package cn.tongxin.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Chinese text cut into what search and similarity count: words from HanLP's dictionary tokenizer (the portable jar's
 * core dictionary plus the committee glossary; never the large NLP model) minus stop words, and the CJK character
 * bigrams that let two-character queries and words unknown to the dictionary match. Text is NFKC-normalised first
 * (full-width letters and digits become ASCII); runs of letters and digits are words of their own, lower-cased;
 * punctuation and markup characters separate runs and are never part of a word.
 * <p>
 * One instance for the process: HanLP's custom dictionary is a static structure whose {@code insert} is not
 * thread-safe, so the glossary is loaded once, in the constructor, before any segmentation ({@link #shared()}).
 */
public final class ChineseText {

    /** A stored lexeme is at most this long (PostgreSQL allows 2,047 bytes; a long token is noise). */
    static final int MAX_TOKEN = 40;

    private static volatile ChineseText shared;

    private final Segment segment;
    private final Set<String> stopWords;

    private ChineseText() {
        for (String word : lines("search/glossary.txt")) {
            CustomDictionary.insert(word, "nz 1024");
        }
        this.stopWords = Set.copyOf(new HashSet<>(lines("search/stopwords.txt")));
        this.segment = new DoubleArrayTrieSegment().enablePartOfSpeechTagging(false).enableCustomDictionary(true);
        segment.seg("政协委员提出微建议"); // loads the dictionaries now, not on the first request
    }

    /** The one analyser; built (glossary loaded) on first use under a lock, read-only afterwards. */
    public static ChineseText shared() {
        ChineseText result = shared;
        if (result == null) {
            synchronized (ChineseText.class) {
                result = shared;
                if (result == null) {
                    result = new ChineseText();
                    shared = result;
                }
            }
        }
        return result;
    }

    /** One run of text: Han characters, or letters and digits. */
    public record Run(String text, boolean han) {
    }

    /** The runs of {@code text}, normalised; everything else (punctuation, spaces, markup) only separates them. */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder current = new StringBuilder();
        Boolean currentHan = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Boolean kind = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? Boolean.TRUE
                    : Character.isLetterOrDigit(cp) ? Boolean.FALSE : null;
            if (kind == null || !kind.equals(currentHan)) {
                if (!current.isEmpty()) {
                    runs.add(new Run(current.toString(), currentHan));
                    current.setLength(0);
                }
                currentHan = kind;
            }
            if (kind != null) {
                current.appendCodePoint(cp);
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentHan));
        }
        return runs;
    }

    /** The words of {@code text} in order, with repeats, stop words removed. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Run run : runs(text)) {
            if (!run.han()) {
                addWord(words, run.text());
                continue;
            }
            for (Term term : segment.seg(run.text())) {
                addWord(words, term.word);
            }
        }
        return words;
    }

    /** CJK bigrams of every Han run and the letter/digit words: what a query of two or more characters matches. */
    public static Set<String> grams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        for (Run run : runs(text)) {
            if (run.han()) {
                grams.addAll(bigrams(run.text()));
            } else {
                grams.add(clip(run.text()));
            }
        }
        return grams;
    }

    /** The consecutive two-character pieces of a Han run ("养老服务" → 养老, 老服, 服务). */
    public static List<String> bigrams(String han) {
        List<String> grams = new ArrayList<>();
        int[] cps = han.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    private void addWord(List<String> words, String word) {
        String w = word.strip();
        if (!w.isEmpty() && !stopWords.contains(w)) {
            words.add(clip(w));
        }
    }

    private static String clip(String token) {
        return token.length() > MAX_TOKEN ? token.substring(0, MAX_TOKEN) : token;
    }

    private static List<String> lines(String resource) {
        var in = ChineseText.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
