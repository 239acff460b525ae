package cn.tongxin.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * One question of a questionnaire. {@code key} names it for good (answers, conditions and export columns refer to it);
 * {@code options} for a choice (with {@code other}: a free "其他" besides them), {@code min}..{@code max} for a scale
 * (per row of a matrix, {@code rows}), {@code showIf} when it is asked only after a certain earlier answer.
 */
public record Question(String key, QuestionKind kind, String title, Boolean required, List<String> options, Boolean other,
                       Integer min, Integer max, String minLabel, String maxLabel, List<String> rows, Condition showIf) {

    /**
     * Shown only when the earlier question {@code question} was answered with any of {@code anyOf} (its options, or
     * scale values written as numbers).
     */
    public record Condition(String question, List<String> anyOf) {

        public Condition {
            question = question == null ? "" : question.strip();
            anyOf = strip(anyOf);
        }

        /** The answers one per line, as the form's script reads them. */
        public String joined() {
            return String.join("\n", anyOf);
        }
    }

    public Question {
        // absent in JSON means no (an API client writes only what it needs)
        required = Boolean.TRUE.equals(required);
        other = Boolean.TRUE.equals(other);
        key = key == null ? "" : key.strip();
        title = title == null ? "" : title.strip();
        options = strip(options);
        rows = strip(rows);
        minLabel = blankToNull(minLabel);
        maxLabel = blankToNull(maxLabel);
        if (kind != null && !kind.choice()) {
            options = List.of();
            other = false;
        }
        if (kind != null && kind != QuestionKind.MATRIX) {
            rows = List.of();
        }
        if (kind != null && !kind.scaled()) {
            min = null;
            max = null;
            minLabel = null;
            maxLabel = null;
        }
        if (showIf != null && showIf.question().isEmpty()) {
            showIf = null;
        }
    }

    /** The same question under another key. */
    Question withKey(String newKey) {
        return new Question(newKey, kind, title, required, options, other, min, max, minLabel, maxLabel, rows, showIf);
    }

    /** The scale's values, lowest first (empty unless scaled). */
    public List<Integer> scale() {
        if (min == null || max == null || min > max) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(min, max).boxed().toList();
    }

    public boolean conditional() {
        return showIf != null;
    }

    public boolean dependsOn(String otherKey) {
        return showIf != null && Objects.equals(showIf.question(), otherKey);
    }

    static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.strip()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
