package cn.tongxin.questionnaire.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.questionnaire.BuildQuestionnaires;
import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.questionnaire.QuestionnaireExport;
import cn.tongxin.questionnaire.QuestionnaireQueries;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Status;
import cn.tongxin.questionnaire.RunQuestionnaires;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** The office's questionnaire pages: the list, a new draft, the builder with its steps, the export. */
@Controller
class QuestionnairePageController {

    private final BuildQuestionnaires build;
    private final RunQuestionnaires run;
    private final QuestionnaireQueries queries;
    private final QuestionnaireExport export;

    QuestionnairePageController(BuildQuestionnaires build, RunQuestionnaires run, QuestionnaireQueries queries,
                                QuestionnaireExport export) {
        this.build = build;
        this.run = run;
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/questionnaires")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.list(PageQuery.of(page, 20)));
        model.addAttribute("office", queries.office());
        return "questionnaire/list";
    }

    @GetMapping("/questionnaires/new")
    String newForm(Model model) {
        build.requireOffice();
        model.addAttribute("details", new Questionnaire.Details(null, null, cn.tongxin.questionnaire.Audience.PUBLIC, null));
        return "questionnaire/new";
    }

    @PostMapping("/questionnaires")
    String create(Questionnaire.Details details, Model model, RedirectAttributes redirect) {
        return Forms.create(() -> build.create(details), "已创建问卷草稿，请添加题目", "/questionnaires/", model, redirect,
                () -> model.addAttribute("details", details), "questionnaire/new");
    }

    @GetMapping("/questionnaires/{id}")
    String detail(@PathVariable long id, Model model) {
        Questionnaire q = queries.find(id);
        if (!queries.seesAll()) {
            return "redirect:/questionnaires/" + id + (q.status() == Status.OPEN ? "/answer" : "/results");
        }
        return builder(q, model, QuestionForm.blank());
    }

    private String builder(Questionnaire q, Model model, QuestionForm question) {
        model.addAttribute("q", q);
        model.addAttribute("definition", q.definition());
        model.addAttribute("office", queries.office());
        model.addAttribute("question", question);
        model.addAttribute("kinds", cn.tongxin.questionnaire.QuestionKind.values());
        model.addAttribute("activity", queries.activity(q).orElse(null));
        model.addAttribute("linkable", queries.office() ? queries.linkable() : java.util.List.of());
        model.addAttribute("history", queries.history(q.id()));
        model.addAttribute("portal", queries.portalCode().orElse(null));
        model.addAttribute("steps", queries.office() ? Step.of(q) : java.util.List.of());
        return "questionnaire/detail";
    }

    @PostMapping("/questionnaires/{id}")
    String edit(@PathVariable long id, Questionnaire.Details details, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已保存", () -> build.edit(id, details));
    }

    @PostMapping("/questionnaires/{id}/questions")
    String addQuestion(@PathVariable long id, QuestionForm question, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> build.addQuestion(id, question.toQuestion()), "已添加题目",
                "redirect:/questionnaires/" + id + "#questions", model, redirect, () -> builder(queries.find(id), model, question));
    }

    @PostMapping("/questionnaires/{id}/questions/{key}/remove")
    @ApiTwin("DELETE /api/v1/questionnaires/{id}/questions/{key}")
    String removeQuestion(@PathVariable long id, @PathVariable String key, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已删除题目", () -> build.removeQuestion(id, key));
    }

    @PostMapping("/questionnaires/{id}/questions/{key}/up")
    String moveUp(@PathVariable long id, @PathVariable String key, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已上移", () -> build.moveUp(id, key));
    }

    @PostMapping("/questionnaires/{id}/activity")
    String linkActivity(@PathVariable long id, @RequestParam(required = false) Long activityId, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, activityId == null ? "已取消关联协商活动" : "已关联协商活动",
                () -> build.linkActivity(id, activityId));
    }

    @PostMapping("/questionnaires/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已发布，开始收集答卷", () -> run.publish(id));
    }

    @PostMapping("/questionnaires/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已结束收集", () -> run.close(id));
    }

    @PostMapping("/questionnaires/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已重新开放", () -> run.reopen(id));
    }

    @PostMapping("/questionnaires/{id}/results/publish")
    String publishResults(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已公布结果", () -> run.publishResults(id, true));
    }

    @PostMapping("/questionnaires/{id}/results/withdraw")
    String withdrawResults(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/questionnaires/" + id, redirect, "已撤回公布的结果", () -> run.publishResults(id, false));
    }

    @GetMapping("/questionnaires/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        QuestionnaireExport.File file = export.xlsx(id);
        return Downloads.of(file.name(), Downloads.XLSX, file.content());
    }

    /** A lifecycle step the office may take now, as a button posting to its page route. */
    record Step(String label, String path, boolean primary) {

        static java.util.List<Step> of(Questionnaire q) {
            String base = "/questionnaires/" + q.id() + "/";
            java.util.List<Step> steps = new java.util.ArrayList<>();
            for (var action : q.offered()) {
                String path = switch (action) {
                    case PUBLISH -> "publish";
                    case CLOSE -> "close";
                    case REOPEN -> "reopen";
                    case PUBLISH_RESULTS -> "results/publish";
                    case WITHDRAW_RESULTS -> "results/withdraw";
                    default -> null;
                };
                if (path != null) {
                    steps.add(new Step(action.label(), base + path, action == cn.tongxin.questionnaire.QuestionnaireWorkflow.Action.PUBLISH));
                }
            }
            return steps;
        }
    }
}
