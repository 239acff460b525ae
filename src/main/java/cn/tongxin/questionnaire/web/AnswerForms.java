package cn.tongxin.questionnaire.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import cn.tongxin.questionnaire.Answer;
import cn.tongxin.questionnaire.Definition;
import cn.tongxin.questionnaire.Question;

/**
 * A questionnaire form's fields as answers: {@code q1} (the option, the options, the text or the value), {@code q1.other}
 * (the text of "其他"), {@code q1.r0}, {@code q1.r1} … (a matrix's rows by position). Numbers that are not numbers are
 * left out, so the check names the question rather than failing on the format.
 */
final class AnswerForms {

    private AnswerForms() {
    }

    static Map<String, Answer> read(Definition definition, MultiValueMap<String, String> params) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            List<String> values = params.getOrDefault(q.key(), List.of());
            String first = values.isEmpty() ? null : values.getFirst();
            Answer answer = switch (q.kind()) {
                case SINGLE, MULTIPLE -> new Answer(values, params.getFirst(q.key() + ".other"), null, null, null);
                case TEXT -> Answer.text(first);
                case SCALE -> new Answer(null, null, null, number(first), null);
                case MATRIX -> {
                    Map<String, Integer> rows = new HashMap<>();
                    for (int i = 0; i < q.rows().size(); i++) {
                        Integer v = number(params.getFirst(q.key() + ".r" + i));
                        if (v != null) {
                            rows.put(q.rows().get(i), v);
                        }
                    }
                    yield new Answer(null, null, null, null, rows);
                }
            };
            answers.put(q.key(), answer);
        }
        return answers;
    }

    /** Blank answers for a new form. */
    static Map<String, Answer> blank(Definition definition) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        definition.questions().forEach(q -> answers.put(q.key(), new Answer(null, null, null, null, null)));
        return answers;
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank() || !s.strip().matches("-?\\d{1,3}")) {
            return null;
        }
        return Integer.valueOf(s.strip());
    }
}
