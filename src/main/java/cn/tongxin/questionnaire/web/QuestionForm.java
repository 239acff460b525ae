package cn.tongxin.questionnaire.web;

import java.util.Arrays;
import java.util.List;

import cn.tongxin.questionnaire.Question;
import cn.tongxin.questionnaire.QuestionKind;

/**
 * The page's "add a question" form: options, rows and condition answers one per line.
 * {@code showIf} names the earlier question; {@code showIfValues} the answers that show this one.
 */
record QuestionForm(QuestionKind kind, String title, Boolean required, String options, Boolean other, Integer min,
                    Integer max, String minLabel, String maxLabel, String rows, String showIf, String showIfValues) {

    static QuestionForm blank() {
        return new QuestionForm(QuestionKind.SINGLE, null, true, null, false, 1, 5, null, null, null, null, null);
    }

    Question toQuestion() {
        Question.Condition condition = showIf == null || showIf.isBlank() ? null
                : new Question.Condition(showIf, lines(showIfValues));
        return new Question(null, kind, title, Boolean.TRUE.equals(required), lines(options), Boolean.TRUE.equals(other), min, max, minLabel, maxLabel, lines(rows), condition);
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
