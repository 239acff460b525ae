package cn.tongxin.questionnaire.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.questionnaire.Answer;
import cn.tongxin.questionnaire.AnswerQuestionnaires;
import cn.tongxin.questionnaire.Definition;
import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.questionnaire.QuestionnaireQueries;
import cn.tongxin.questionnaire.QuestionnaireResults;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Forms;

/** A member answers a members' questionnaire; the results page with its charts; the texts of one question. */
@Controller
class QuestionnaireAnswerPageController {

    private final QuestionnaireQueries queries;
    private final AnswerQuestionnaires answering;
    private final QuestionnaireResults results;

    QuestionnaireAnswerPageController(QuestionnaireQueries queries, AnswerQuestionnaires answering, QuestionnaireResults results) {
        this.queries = queries;
        this.answering = answering;
        this.results = results;
    }

    @GetMapping("/questionnaires/{id}/answer")
    String form(@PathVariable long id, Model model) {
        Questionnaire q = queries.find(id);
        return page(q, model, AnswerForms.blank(q.definition()));
    }

    @PostMapping("/questionnaires/{id}/answers")
    String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Questionnaire q = queries.find(id);
        var answers = AnswerForms.read(q.definition(), params);
        try {
            answering.answerAsMember(id, answers);
            redirect.addFlashAttribute("notice", "提交成功，感谢您的参与");
            return "redirect:/questionnaires/" + id + "/answer";
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            response.setStatus(e.status().value());
        } catch (BusinessException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            Forms.showError(model, e.getMessage());
            response.setStatus(e.status().value());
        }
        // the typed answers come back as they were sent
        return page(q, model, answers);
    }

    private String page(Questionnaire q, Model model, java.util.Map<String, Answer> answers) {
        model.addAttribute("q", q);
        model.addAttribute("definition", q.definition());
        model.addAttribute("answers", answers);
        model.addAttribute("other", Definition.OTHER);
        model.addAttribute("answered", queries.answeredByMe(q.id()));
        model.addAttribute("activity", queries.activity(q).orElse(null));
        return "questionnaire/answer";
    }

    @GetMapping("/questionnaires/{id}/results")
    String results(@PathVariable long id, Model model) {
        QuestionnaireResults.Results r = results.of(id);
        model.addAttribute("r", r);
        model.addAttribute("q", r.questionnaire());
        model.addAttribute("charts", ResultCharts.of(r));
        model.addAttribute("office", queries.office());
        return "questionnaire/results";
    }

    @GetMapping("/questionnaires/{id}/results/texts")
    String texts(@PathVariable long id, @RequestParam String question, @RequestParam(required = false) Integer page, Model model) {
        Questionnaire q = queries.find(id);
        model.addAttribute("q", q);
        model.addAttribute("question", q.definition().question(question).orElseThrow(() -> BusinessException.notFound("该题目")));
        model.addAttribute("number", q.definition().number(question));
        model.addAttribute("result", results.texts(id, question, PageQuery.of(page, 20)));
        model.addAttribute("query", "question=" + question);
        return "questionnaire/texts";
    }
}
