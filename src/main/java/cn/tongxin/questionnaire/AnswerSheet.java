package cn.tongxin.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Submitted answers checked against the definition: a question is asked only when its condition holds on the earlier
 * answers (an answer to a question not asked is dropped), a required question asked and not answered is refused by
 * number and title, choices must be the question's options, values on its scale. The result is the rows to store.
 */
public record AnswerSheet(List<Item> items, Set<String> asked) {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_OTHER = 200;

    /**
     * One stored piece of an answer: a choice (with {@code text} for "其他"), a matrix row's or a scale's number, or a
     * text.
     */
    public record Item(String question, String choice, String rowLabel, Integer number, String text) {
    }

    /** Checks everything and refuses with every problem at once (422, each error under the question's key). */
    public static AnswerSheet check(Definition definition, Map<String, Answer> submitted) {
        var errors = new Problems();
        List<Item> items = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (Question q : definition.questions()) {
            if (!asked(q, asked, submitted)) {
                continue;
            }
            asked.add(q.key());
            Answer a = submitted.get(q.key());
            String n = "第" + definition.number(q.key()) + "题";
            if (a == null || a.isBlank()) {
                if (q.required()) {
                    errors.add(q.key(), n + "“" + q.title() + "”为必答题，请作答");
                }
                continue;
            }
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> choices(q, a, n, items, errors);
                case TEXT -> {
                    if (a.text() == null) {
                        if (q.required()) {
                            errors.add(q.key(), n + "“" + q.title() + "”为必答题，请作答");
                        }
                    } else if (a.text().codePointCount(0, a.text().length()) > MAX_TEXT) {
                        errors.add(q.key(), n + "的回答不能超过" + MAX_TEXT + "字");
                    } else {
                        items.add(new Item(q.key(), null, null, null, a.text()));
                    }
                }
                case SCALE -> {
                    if (a.value() == null || !q.scale().contains(a.value())) {
                        errors.add(q.key(), n + "请在" + q.min() + "至" + q.max() + "分之间选择");
                    } else {
                        items.add(new Item(q.key(), null, null, a.value(), null));
                    }
                }
                case MATRIX -> matrix(q, a, n, items, errors);
            }
        }
        errors.throwIfAny();
        return new AnswerSheet(List.copyOf(items), Set.copyOf(asked));
    }

    /** Whether the question is asked, given the answers to the questions before it. */
    private static boolean asked(Question q, Set<String> askedSoFar, Map<String, Answer> submitted) {
        if (q.showIf() == null) {
            return true;
        }
        String on = q.showIf().question();
        if (!askedSoFar.contains(on)) {
            return false;
        }
        Answer earlier = submitted.get(on);
        if (earlier == null) {
            return false;
        }
        for (String wanted : q.showIf().anyOf()) {
            if (earlier.choices().contains(wanted) || (earlier.value() != null && wanted.equals(earlier.value().toString()))) {
                return true;
            }
        }
        return false;
    }

    private static void choices(Question q, Answer a, String n, List<Item> items, Problems errors) {
        if (a.choices().isEmpty()) {
            if (q.required()) {
                errors.add(q.key(), n + "“" + q.title() + "”为必答题，请作答");
            }
            return;
        }
        if (q.kind() == QuestionKind.SINGLE && a.choices().size() > 1) {
            errors.add(q.key(), n + "是单选题，只能选一项");
            return;
        }
        for (String choice : a.choices()) {
            if (Definition.OTHER.equals(choice) && q.other()) {
                if (a.other() == null) {
                    errors.add(q.key(), n + "选择了“其他”，请填写具体内容");
                } else if (a.other().codePointCount(0, a.other().length()) > MAX_OTHER) {
                    errors.add(q.key(), n + "“其他”的内容不能超过" + MAX_OTHER + "字");
                } else {
                    items.add(new Item(q.key(), Definition.OTHER, null, null, a.other()));
                }
            } else if (q.options().contains(choice)) {
                items.add(new Item(q.key(), choice, null, null, null));
            } else {
                errors.add(q.key(), n + "没有“" + choice + "”这个选项");
            }
        }
    }

    private static void matrix(Question q, Answer a, String n, List<Item> items, Problems errors) {
        boolean missing = false;
        for (String row : q.rows()) {
            Integer v = a.rows().get(row);
            if (v == null) {
                missing = true;
            } else if (!q.scale().contains(v)) {
                errors.add(q.key(), n + "“" + row + "”请在" + q.min() + "至" + q.max() + "分之间选择");
            } else {
                items.add(new Item(q.key(), null, row, v, null));
            }
        }
        if (missing && q.required()) {
            errors.add(q.key(), n + "“" + q.title() + "”为必答题，请为每一行打分");
        }
    }

    /** The texts of the answers (text questions and "其他"), each with its question, for the public write gate. */
    public List<Item> texts() {
        return items.stream().filter(i -> i.text() != null).toList();
    }
}
