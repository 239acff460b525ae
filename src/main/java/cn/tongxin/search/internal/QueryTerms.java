package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;

import cn.tongxin.shared.BusinessException;

/**
 * What a query asks: every Han run of two or more characters and every letter/digit word must occur (as bigrams: a
 * two-character word is found wherever it stands, a longer run where all its bigrams are); the segmented words rank
 * the hits. A lone Han character cannot be searched (it would match most of the index): refused with a 400 that names
 * {@code q}, as is an over-long query.
 *
 * @param required the bigrams and ASCII words a hit must contain
 * @param words    the segmented query words (stop words removed), for ranking
 * @param marks    what to highlight in snippets: the query's runs as typed (longest first)
 */
public record QueryTerms(Set<String> required, Set<String> words, List<String> marks) {

    public static final int MAX_LENGTH = 100;

    public static QueryTerms parse(String q, ChineseText text) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_LENGTH) {
            throw refused("不能超过" + MAX_LENGTH + "个字");
        }
        Set<String> required = new LinkedHashSet<>();
        List<String> marks = new ArrayList<>();
        for (ChineseText.Run run : ChineseText.runs(query)) {
            int length = run.text().codePointCount(0, run.text().length());
            if (run.han() && length >= 2) {
                required.addAll(ChineseText.bigrams(run.text()));
                marks.add(run.text());
            } else if (!run.han() && length >= 2) {
                required.add(run.text().length() > ChineseText.MAX_TOKEN ? run.text().substring(0, ChineseText.MAX_TOKEN) : run.text());
                marks.add(run.text());
            }
        }
        if (required.isEmpty()) {
            throw refused("至少需要两个连续的汉字，或两个字母或数字");
        }
        if (required.size() > 40) {
            throw refused("包含的词太多，请缩短");
        }
        marks.sort((a, b) -> b.length() - a.length());
        return new QueryTerms(required, new LinkedHashSet<>(text.words(query)), marks);
    }

    /** The bigrams and words as a tsquery that all must match, e.g. {@code '养老' & '老服' & '服务'}. */
    public String requiredQuery() {
        return join(required, " & ");
    }

    /** The segmented words as a tsquery any of which ranks a hit higher; the required terms when none are left. */
    public String rankingQuery() {
        return words.isEmpty() ? requiredQuery() : join(words, " | ");
    }

    static String join(Set<String> lexemes, String operator) {
        StringBuilder s = new StringBuilder();
        for (String lexeme : lexemes) {
            if (!s.isEmpty()) {
                s.append(operator);
            }
            s.append('\'').append(lexeme.replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
        return s.toString();
    }

    private static BusinessException refused(String why) {
        return new BusinessException(HttpStatus.BAD_REQUEST, "搜索词“q”" + why);
    }
}
