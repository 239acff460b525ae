package cn.tongxin.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.tongxin.shared.BusinessException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A questionnaire's questions in order, as data (stored as jsonb). {@link #checked()} holds every rule a definition
 * keeps — titles, unique options, sensible scales, conditions on earlier questions only — with Chinese messages.
 */
public record Definition(List<Question> questions) {

    /** The choice that stands for "其他" (a question with {@code other}), with its own text. */
    public static final String OTHER = "__other";
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_OPTIONS = 30;
    public static final int MAX_ROWS = 20;
    public static final int MAX_TITLE = 300;
    public static final int MAX_OPTION = 100;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,19}");

    public Definition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public static Definition empty() {
        return new Definition(List.of());
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The question's number as people see it (1 for the first), or 0. */
    public int number(String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** This definition with one more question at the end, under a new key; checked. */
    public Definition add(Question question) {
        List<Question> list = new ArrayList<>(questions);
        list.add(question.withKey(nextKey()));
        return new Definition(list).checked();
    }

    /** Without the question; refused while a later question's condition refers to it. */
    public Definition remove(String key) {
        requireQuestion(key);
        for (Question q : questions) {
            if (q.dependsOn(key)) {
                throw BusinessException.conflict("第" + number(q.key()) + "题的显示条件引用了第" + number(key)
                        + "题，请先删除第" + number(q.key()) + "题或修改其显示条件");
            }
        }
        return new Definition(questions.stream().filter(q -> !q.key().equals(key)).toList());
    }

    /** The question one place earlier; refused when it would come before the question its condition refers to. */
    public Definition moveUp(String key) {
        requireQuestion(key);
        int i = number(key) - 1;
        if (i == 0) {
            return this;
        }
        List<Question> list = new ArrayList<>(questions);
        list.add(i - 1, list.remove(i));
        return new Definition(list).checked();
    }

    private void requireQuestion(String key) {
        if (question(key).isEmpty()) {
            throw BusinessException.notFound("该题目");
        }
    }

    private String nextKey() {
        int max = 0;
        for (Question q : questions) {
            if (q.key().matches("q\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(q.key().substring(1)));
            }
        }
        return "q" + (max + 1);
    }

    /**
     * The definition with blank keys given new ones, or every broken rule at once (422): each message names the
     * question by its number, the field names what to fix (title, options, scale, rows, condition).
     */
    public Definition checked() {
        var errors = new Problems();
        if (questions.size() > MAX_QUESTIONS) {
            errors.add("questions", "一份问卷最多" + MAX_QUESTIONS + "道题");
        }
        List<Question> keyed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        questions.stream().map(Question::key).filter(k -> !k.isEmpty()).forEach(keys::add);
        int next = 1;
        for (Question q : questions) {
            if (q.key().isEmpty()) {
                while (keys.contains("q" + next)) {
                    next++;
                }
                keys.add("q" + next);
                keyed.add(q.withKey("q" + next));
            } else {
                keyed.add(q);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keyed.size(); i++) {
            Question q = keyed.get(i);
            String n = "第" + (i + 1) + "题：";
            if (!KEY.matcher(q.key()).matches()) {
                errors.add("key", n + "题目编号须为小写字母开头的1至20位字母、数字或下划线");
            } else if (!seen.add(q.key())) {
                errors.add("key", n + "题目编号“" + q.key() + "”重复");
            }
            if (q.kind() == null) {
                errors.add("kind", n + "请选择题型");
                continue;
            }
            if (q.title().isEmpty()) {
                errors.add("title", n + "请填写题目");
            } else if (q.title().length() > MAX_TITLE) {
                errors.add("title", n + "题目不能超过" + MAX_TITLE + "字");
            }
            if (q.kind().choice()) {
                checkList(errors, "options", n, "选项", q.options(), 2, MAX_OPTIONS);
                if (q.options().contains(OTHER)) {
                    errors.add("options", n + "选项不能为“" + OTHER + "”");
                }
            }
            if (q.kind() == QuestionKind.MATRIX) {
                checkList(errors, "rows", n, "评分项目", q.rows(), 1, MAX_ROWS);
            }
            if (q.kind().scaled() && (q.min() == null || q.max() == null || q.min() < 0 || q.min() > 1 || q.max() < 2
                    || q.max() > 10)) {
                errors.add("scale", n + "量表须从0或1开始，最高分在2至10之间（如1至5、1至10）");
            }
            if (q.showIf() != null) {
                checkCondition(errors, n, q.showIf(), keyed.subList(0, i));
            }
        }
        errors.throwIfAny();
        return new Definition(keyed);
    }

    private static void checkList(Problems errors, String field, String n, String what, List<String> values,
                                  int least, int most) {
        if (values.size() < least) {
            errors.add(field, n + "至少需要" + least + "个" + what);
        }
        if (values.size() > most) {
            errors.add(field, n + what + "不能超过" + most + "个");
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v.isEmpty()) {
                errors.add(field, n + what + "不能为空");
            } else if (v.length() > MAX_OPTION) {
                errors.add(field, n + what + "“" + v.substring(0, 10) + "…”超过" + MAX_OPTION + "字");
            } else if (!seen.add(v)) {
                errors.add(field, n + what + "“" + v + "”重复");
            }
        }
    }

    private static void checkCondition(Problems errors, String n, Question.Condition condition, List<Question> earlier) {
        Optional<Question> target = earlier.stream().filter(e -> e.key().equals(condition.question())).findFirst();
        if (target.isEmpty()) {
            errors.add("condition", n + "显示条件只能引用前面的题目");
            return;
        }
        Question t = target.get();
        int tn = earlier.indexOf(t) + 1;
        if (t.kind() == null || !(t.kind().choice() || t.kind() == QuestionKind.SCALE)) {
            errors.add("condition", n + "显示条件只能引用前面的单选题、多选题或量表题（第" + tn + "题是" + (t.kind() == null ? "未知题型" : t.kind().label()) + "）");
            return;
        }
        if (condition.anyOf().isEmpty()) {
            errors.add("condition", n + "请选择显示条件中第" + tn + "题的答案");
            return;
        }
        for (String value : condition.anyOf()) {
            boolean known = t.kind().choice()
                    ? t.options().contains(value) || (t.other() && OTHER.equals(value))
                    : t.scale().stream().map(String::valueOf).anyMatch(value::equals);
            if (!known) {
                errors.add("condition", n + "显示条件中的“" + value + "”不是第" + tn + "题的" + (t.kind().choice() ? "选项" : "分值"));
            }
        }
    }

    // ---- stored as jsonb ----

    public String json() {
        return JsonMapper.shared().writeValueAsString(this);
    }

    public static Definition fromJson(String json) {
        return json == null || json.isBlank() ? empty() : JsonMapper.shared().readValue(json, Definition.class);
    }
}
