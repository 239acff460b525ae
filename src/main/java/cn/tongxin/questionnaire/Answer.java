package cn.tongxin.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question's answer as submitted: {@code choices} for a choice ({@link Definition#OTHER} with {@code other} for
 * "其他"), {@code text} for a text question, {@code value} for a scale, {@code rows} (row → value) for a matrix.
 */
public record Answer(List<String> choices, String other, String text, Integer value, Map<String, Integer> rows) {

    public Answer {
        choices = choices == null ? List.of()
                : choices.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        other = blankToNull(other);
        text = blankToNull(text);
        Map<String, Integer> copy = new LinkedHashMap<>();
        if (rows != null) {
            rows.forEach((row, v) -> {
                if (row != null && v != null) {
                    copy.put(row.strip(), v);
                }
            });
        }
        rows = java.util.Collections.unmodifiableMap(copy);
    }

    public static Answer choice(String... choices) {
        return new Answer(List.of(choices), null, null, null, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, text, null, null);
    }

    public static Answer value(int value) {
        return new Answer(null, null, null, value, null);
    }

    public Answer withOther(String otherText) {
        return new Answer(choices, otherText, text, value, rows);
    }

    /** For the form shown again: whether this choice was ticked. */
    public boolean chose(String option) {
        return choices.contains(option);
    }

    /** For the form shown again: the value given to a matrix row, or null. */
    public Integer row(String row) {
        return rows.get(row);
    }

    boolean isBlank() {
        return choices.isEmpty() && text == null && value == null && rows.isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
