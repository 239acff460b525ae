package cn.tongxin.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/** The rules of a definition and of answers checked against it: plain Java, no database. */
class QuestionnaireDefinitionTests {

    static Question single(String key, String title, boolean required, String... options) {
        return new Question(key, QuestionKind.SINGLE, title, required, List.of(options), false, null, null, null, null, null, null);
    }

    static Question text(String key, String title, boolean required, Question.Condition showIf) {
        return new Question(key, QuestionKind.TEXT, title, required, null, false, null, null, null, null, null, showIf);
    }

    static Question scale(String key, String title, int min, int max) {
        return new Question(key, QuestionKind.SCALE, title, true, null, false, min, max, null, null, null, null);
    }

    static Question matrix(String key, String title, String... rows) {
        return new Question(key, QuestionKind.MATRIX, title, true, null, false, 1, 5, null, null, List.of(rows), null);
    }

    private static List<String> messages(Runnable r) {
        try {
            r.run();
        } catch (FieldErrors e) {
            return e.errors().stream().map(FieldErrors.FieldError::message).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aDefinitionNamesEveryBrokenRuleByQuestionNumber() {
        var d = new Definition(List.of(
                single("q1", "", true, "是", "是"),
                new Question("q2", QuestionKind.SCALE, "满意度", true, null, false, 1, 20, null, null, null, null),
                matrix("q3", "打分"),
                text("q4", "说明", false, new Question.Condition("q5", List.of("是"))),
                single("q5", "后面的题", false, "是", "否")));
        assertThat(messages(d::checked)).containsExactly(
                "第1题：请填写题目", "第1题：选项“是”重复",
                "第2题：量表须从0或1开始，最高分在2至10之间（如1至5、1至10）",
                "第3题：至少需要1个评分项目",
                "第4题：显示条件只能引用前面的题目");
    }

    @Test
    void aConditionMustNameAnOptionOfTheEarlierChoiceOrAValueOfItsScale() {
        var d = new Definition(List.of(single("q1", "参加过吗", true, "参加过", "没参加过"), scale("q2", "满意度", 1, 5),
                text("q3", "为什么", false, new Question.Condition("q1", List.of("参加了"))),
                text("q4", "哪里不满意", false, new Question.Condition("q2", List.of("1", "6"))),
                text("q5", "再说说", false, new Question.Condition("q3", List.of("x")))));
        assertThat(messages(d::checked)).containsExactly("第3题：显示条件中的“参加了”不是第1题的选项",
                "第4题：显示条件中的“6”不是第2题的分值",
                "第5题：显示条件只能引用前面的单选题、多选题或量表题（第3题是填空题）");
    }

    @Test
    void questionsGetStableKeysAndAQuestionOthersDependOnCannotBeRemovedOrOvertaken() {
        var d = Definition.empty().add(single(null, "参加过吗", true, "参加过", "没参加过"))
                .add(text(null, "收获", false, new Question.Condition("q1", List.of("参加过"))));
        assertThat(d.questions()).extracting(Question::key).containsExactly("q1", "q2");
        assertThatThrownBy(() -> d.remove("q1")).isInstanceOf(BusinessException.class).hasMessageContaining("第2题的显示条件引用了第1题");
        assertThat(messages(() -> d.moveUp("q2"))).containsExactly("第1题：显示条件只能引用前面的题目");
        var removed = d.remove("q2").add(text(null, "建议", false, null));
        assertThat(removed.questions()).extracting(Question::key).containsExactly("q1", "q2");
        assertThat(Definition.fromJson(d.json())).isEqualTo(d);
    }

    @Test
    void aRequiredQuestionShownAndUnansweredIsRefusedByNumberAndTitle() {
        var d = new Definition(List.of(single("q1", "您的身份", true, "委员", "市民"), scale("q2", "满意度", 1, 5)));
        assertThatThrownBy(() -> AnswerSheet.check(d, Map.of("q1", Answer.choice("委员"))))
                .isInstanceOf(FieldErrors.class).hasMessage("第2题“满意度”为必答题，请作答");
        assertThat(messages(() -> AnswerSheet.check(d, Map.of("q1", Answer.choice("学生"), "q2", Answer.value(9)))))
                .containsExactly("第1题没有“学生”这个选项", "第2题请在1至5分之间选择");
    }

    @Test
    void aConditionalQuestionIsAskedOnlyAfterItsAnswerAndAnAnswerToItOtherwiseIsDropped() {
        var d = new Definition(List.of(single("q1", "参加过吗", true, "参加过", "没参加过"),
                text("q2", "收获", true, new Question.Condition("q1", List.of("参加过"))),
                text("q3", "补充", false, new Question.Condition("q2", List.of("x")))));
        var notAsked = AnswerSheet.check(d, Map.of("q1", Answer.choice("没参加过"), "q2", Answer.text("不该保存")));
        assertThat(notAsked.asked()).containsExactly("q1");
        assertThat(notAsked.items()).extracting(AnswerSheet.Item::question).containsExactly("q1");
        assertThatThrownBy(() -> AnswerSheet.check(d, Map.of("q1", Answer.choice("参加过"))))
                .hasMessage("第2题“收获”为必答题，请作答");
        var asked = AnswerSheet.check(d, Map.of("q1", Answer.choice("参加过"), "q2", Answer.text("很有收获")));
        assertThat(asked.asked()).containsExactlyInAnyOrder("q1", "q2");
    }

    @Test
    void otherNeedsItsTextAndAMatrixNeedsEveryRowWhenRequired() {
        var choice = new Question("q1", QuestionKind.MULTIPLE, "方面", true, List.of("甲", "乙"), true, null, null, null, null, null, null);
        var d = new Definition(List.of(choice, matrix("q2", "打分", "服务", "效率")));
        assertThat(messages(() -> AnswerSheet.check(d, Map.of("q1", Answer.choice("甲", Definition.OTHER),
                "q2", new Answer(null, null, null, null, Map.of("服务", 4))))))
                .containsExactly("第1题选择了“其他”，请填写具体内容", "第2题“打分”为必答题，请为每一行打分");
        var sheet = AnswerSheet.check(d, Map.of("q1", Answer.choice("甲", Definition.OTHER).withOther("丙"),
                "q2", new Answer(null, null, null, null, Map.of("服务", 4, "效率", 5))));
        assertThat(sheet.items()).containsExactly(new AnswerSheet.Item("q1", "甲", null, null, null),
                new AnswerSheet.Item("q1", Definition.OTHER, null, null, "丙"),
                new AnswerSheet.Item("q2", null, "服务", 4, null), new AnswerSheet.Item("q2", null, "效率", 5, null));
    }

    @Test
    void theLifecycleIsATable() {
        var t = QuestionnaireWorkflow.TABLE;
        assertThat(t.actions(QuestionnaireWorkflow.Status.DRAFT, QuestionnaireWorkflow.OFFICE))
                .contains(QuestionnaireWorkflow.Action.EDIT_QUESTIONS, QuestionnaireWorkflow.Action.PUBLISH);
        assertThat(t.allows(QuestionnaireWorkflow.Status.OPEN, QuestionnaireWorkflow.Action.EDIT_QUESTIONS, QuestionnaireWorkflow.OFFICE)).isFalse();
        assertThat(t.allows(QuestionnaireWorkflow.Status.CLOSED, QuestionnaireWorkflow.Action.ANSWER, QuestionnaireWorkflow.RESPONDENT)).isFalse();
        assertThatThrownBy(() -> t.require(QuestionnaireWorkflow.Status.CLOSED, QuestionnaireWorkflow.Action.ANSWER, QuestionnaireWorkflow.RESPONDENT))
                .hasMessage("该问卷当前状态为“已结束”，不能填写");
    }
}
