package cn.tongxin.search.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted excerpts: the text around the first place a query word occurs, every occurrence of the query's words
 * wrapped in {@code <mark>}, and everything else HTML-escaped, so markup in a record's text shows as text.
 */
public final class Snippets {

    static final int LENGTH = 120;
    private static final int BEFORE = 30;

    private Snippets() {
    }

    /** The whole (short) text, escaped and marked. */
    public static String mark(String text, List<String> marks) {
        return marked(text == null ? "" : text, marks);
    }

    /** An excerpt of about {@link #LENGTH} characters around the first hit, escaped and marked. */
    public static String excerpt(String text, List<String> marks) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        String folded = fold(t);
        int first = -1;
        for (String m : marks) {
            int at = folded.indexOf(m);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = Math.max(0, first - BEFORE);
        int end = Math.min(t.length(), start + LENGTH);
        String cut = t.substring(start, end);
        return (start > 0 ? "…" : "") + marked(cut, marks) + (end < t.length() ? "…" : "");
    }

    private static String marked(String text, List<String> marks) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String hit = null;
            for (String m : marks) {
                if (!m.isEmpty() && folded.startsWith(m, i)) {
                    hit = m;
                    break;
                }
            }
            if (hit == null) {
                int next = text.length();
                for (String m : marks) {
                    int at = m.isEmpty() ? -1 : folded.indexOf(m, i + 1);
                    if (at >= 0 && at < next) {
                        next = at;
                    }
                }
                out.append(HtmlUtils.htmlEscape(text.substring(i, next)));
                i = next;
            } else {
                out.append("<mark>").append(HtmlUtils.htmlEscape(text.substring(i, i + hit.length()))).append("</mark>");
                i += hit.length();
            }
        }
        return out.toString();
    }

    /**
     * Case folded for matching, position for position (full-width forms folded one character at a time, so indexes into
     * the folded text are indexes into the original).
     */
    private static String fold(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            s.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return s.toString();
    }
}
