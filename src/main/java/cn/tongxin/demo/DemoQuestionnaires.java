package cn.tongxin.demo;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.RunAs;
import cn.tongxin.participation.Captchas;
import cn.tongxin.questionnaire.Answer;
import cn.tongxin.questionnaire.AnswerQuestionnaires;
import cn.tongxin.questionnaire.Audience;
import cn.tongxin.questionnaire.BuildQuestionnaires;
import cn.tongxin.questionnaire.Definition;
import cn.tongxin.questionnaire.PublicIdentity;
import cn.tongxin.questionnaire.Question;
import cn.tongxin.questionnaire.QuestionKind;
import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.questionnaire.QuestionnaireQueries;
import cn.tongxin.questionnaire.RunQuestionnaires;

/**
 * Two questionnaires of the city committee (issue 16): an open public one before the business-environment consultation,
 * answered by a few citizens on the portal, and an open members' one answered by two members. Through the questionnaire
 * module's own use cases (the citizens pass the public write gate like anyone, solving the captcha the server issued).
 */
@Component
class DemoQuestionnaires {

    private final RunAs runAs;
    private final BuildQuestionnaires build;
    private final RunQuestionnaires run;
    private final QuestionnaireQueries queries;
    private final AnswerQuestionnaires answering;
    private final Captchas captchas;
    private final TransactionTemplate ownTransaction;

    DemoQuestionnaires(RunAs runAs, BuildQuestionnaires build, RunQuestionnaires run, QuestionnaireQueries queries,
                       AnswerQuestionnaires answering, Captchas captchas, PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runAs = runAs;
        this.build = build;
        this.run = run;
        this.queries = queries;
        this.answering = answering;
        this.captchas = captchas;
    }

    /** For the city committee ({@code committeeId}), whose portal is open. */
    void add(long committeeId) {
        long business = runAs.user("staff", () -> {
            long id = build.create(new Questionnaire.Details("优化营商环境公众意见征集",
                    "市政协将就优化营商环境开展专题协商，欢迎您花两分钟填写本问卷，您的意见将整理后提交协商会议。", Audience.PUBLIC,
                    PublicIdentity.PHONE));
            build.replaceQuestions(id, new Definition(List.of(
                    question("q1", QuestionKind.SINGLE, "您的身份", true, List.of("企业经营者", "个体工商户", "企业职工", "普通市民"), true),
                    scale("q2", "您对本市营商环境的总体满意度", 1, 5, "非常不满意", "非常满意"),
                    question("q3", QuestionKind.MULTIPLE, "您认为最需要改进的方面", true,
                            List.of("审批效率", "融资便利", "政策透明", "市场监管", "人才服务"), true),
                    new Question("q4", QuestionKind.TEXT, "请说明您遇到的具体问题", false, null, false, null, null, null, null, null,
                            new Question.Condition("q2", List.of("1", "2"))),
                    new Question("q5", QuestionKind.MATRIX, "请为以下政务服务打分", true, null, false, 1, 5, "很差", "很好",
                            List.of("网上办事", "窗口服务", "咨询答复"), null),
                    new Question("q6", QuestionKind.TEXT, "您的其他意见建议", false, null, false, null, null, null, null, null, null))));
            queries.linkable().stream().filter(c -> c.title().contains("营商环境")).findFirst()
                    .ifPresent(c -> build.linkActivity(id, c.id()));
            run.publish(id);
            return id;
        });
        String[][] citizens = {
                {"企业经营者", "2", "审批效率,融资便利", "开办分公司需要跑三个部门，材料重复提交。", "3,2,3"},
                {"普通市民", "4", "政策透明", null, "5,4,4"},
                {"个体工商户", "3", "融资便利,市场监管", null, "4,3,3"},
                {"企业职工", "5", "人才服务", null, "5,5,4"},
                {"企业经营者", "1", "审批效率,政策透明", "工程项目审批时间长，希望推行告知承诺制。", "2,2,1"}};
        for (int i = 0; i < citizens.length; i++) {
            String[] c = citizens[i];
            String[] scores = c[4].split(",");
            Map<String, Answer> answers = new java.util.HashMap<>(Map.of(
                    "q1", Answer.choice(c[0]), "q2", Answer.value(Integer.parseInt(c[1])), "q3", Answer.choice(c[2].split(",")),
                    "q5", new Answer(null, null, null, null, Map.of("网上办事", Integer.parseInt(scores[0]),
                            "窗口服务", Integer.parseInt(scores[1]), "咨询答复", Integer.parseInt(scores[2])))));
            if (c[3] != null) {
                answers.put("q4", Answer.text(c[3]));
            }
            // issued in its own transaction: the gate checks it in one of its own, which would not see an uncommitted row
            var captcha = ownTransaction.execute(status -> captchas.issue());
            answering.answerInPublic(committeeId, business, new AnswerQuestionnaires.PublicAnswer(answers,
                    "1390551000" + i, captcha.id(), captcha.answer()), "demo-citizen-" + i, null);
        }

        long members = runAs.user("staff", () -> {
            long id = build.create(new Questionnaire.Details("委员履职服务满意度调查",
                    "请各位委员对今年的履职服务工作提出意见，帮助我们改进。", Audience.MEMBERS, null));
            build.replaceQuestions(id, new Definition(List.of(
                    question("q1", QuestionKind.SINGLE, "您今年参加委员培训的次数", true, List.of("没有参加", "1次", "2次及以上"), false),
                    scale("q2", "您对履职平台的满意度", 1, 10, "很不满意", "很满意"),
                    question("q3", QuestionKind.MULTIPLE, "您希望增加的培训主题", false, List.of("政策解读", "调查研究方法", "提案撰写",
                            "协商议政技巧"), true),
                    new Question("q4", QuestionKind.TEXT, "对委员服务工作的建议", false, null, false, null, null, null, null, null, null))));
            run.publish(id);
            return id;
        });
        runAs.user("member", () -> answering.answerAsMember(members, Map.of("q1", Answer.choice("1次"), "q2", Answer.value(8),
                "q3", Answer.choice("政策解读", "提案撰写"), "q4", Answer.text("希望培训安排在周末。"))));
        runAs.user("member2", () -> answering.answerAsMember(members, Map.of("q1", Answer.choice("2次及以上"), "q2", Answer.value(9),
                "q3", Answer.choice("调查研究方法", Definition.OTHER).withOther("数字化履职工具"))));
    }

    private static Question question(String key, QuestionKind kind, String title, boolean required, List<String> options, boolean other) {
        return new Question(key, kind, title, required, options, other, null, null, null, null, null, null);
    }

    private static Question scale(String key, String title, int min, int max, String minLabel, String maxLabel) {
        return new Question(key, QuestionKind.SCALE, title, true, null, false, min, max, minLabel, maxLabel, null, null);
    }
}
