package cn.tongxin.questionnaire.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.questionnaire.Answer;
import cn.tongxin.questionnaire.AnswerQuestionnaires;
import cn.tongxin.questionnaire.Definition;
import cn.tongxin.questionnaire.PublicIdentity;
import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.questionnaire.QuestionnaireQueries;
import cn.tongxin.questionnaire.QuestionnaireResults;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Status;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.Forms;

/**
 * Public questionnaires on the committee's portal: the list, the form (the page is a citizen's only door, ADR 016),
 * the thanks page and published results. A browser gets a random device token in a cookie, by which a questionnaire
 * that takes one answer per device knows it again.
 */
@Controller
@RequestMapping("/public/{code}/questionnaires")
class PublicQuestionnaireController {

    static final String DEVICE_COOKIE = "tx_device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicPortals portals;
    private final QuestionnaireQueries queries;
    private final AnswerQuestionnaires answering;
    private final QuestionnaireResults results;
    private final Captchas captchas;

    PublicQuestionnaireController(PublicPortals portals, QuestionnaireQueries queries, AnswerQuestionnaires answering,
                                  QuestionnaireResults results, Captchas captchas) {
        this.portals = portals;
        this.queries = queries;
        this.answering = answering;
        this.results = results;
        this.captchas = captchas;
    }

    @GetMapping
    String list(@PathVariable String code, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("questionnaires", queries.onPortal(portal.committeeId()));
        return "questionnaire/public/list";
    }

    @GetMapping("/{id}")
    String form(@PathVariable String code, @PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        Portal portal = portal(code, model);
        Questionnaire q = queries.onPortal(portal.committeeId(), id);
        String device = device(request, response);
        boolean answered = q.identifyBy() == PublicIdentity.DEVICE && answering.answeredOnDevice(portal.committeeId(), id, device);
        return page(q, model, AnswerForms.blank(q.definition()), null, answered);
    }

    @PostMapping("/{id}/answers")
    String answer(@PathVariable String code, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Portal portal = portal(code, model);
        Questionnaire q = queries.onPortal(portal.committeeId(), id);
        Map<String, Answer> answers = AnswerForms.read(q.definition(), params);
        String phone = params.getFirst("phone");
        String device = cookie(request);
        try {
            boolean counted = answering.answerInPublic(portal.committeeId(), id, new AnswerQuestionnaires.PublicAnswer(answers, phone,
                    params.getFirst("captchaId"), params.getFirst("captcha")), request.getRemoteAddr(), device);
            return "redirect:/public/" + portal.code() + "/questionnaires/" + id + "/thanks" + (counted ? "" : "?held");
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            response.setStatus(e.status().value());
        } catch (BusinessException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            Forms.showError(model, e.getMessage());
            response.setStatus(e.status().value());
        }
        device(request, response);
        // the typed answers (and phone) come back as they were sent; a new captcha is drawn
        return page(q, model, answers, phone, false);
    }

    @GetMapping("/{id}/thanks")
    String thanks(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String held, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("q", queries.onPortal(portal.committeeId(), id));
        model.addAttribute("held", held != null);
        return "questionnaire/public/thanks";
    }

    @GetMapping("/{id}/results")
    String results(@PathVariable String code, @PathVariable long id, Model model) {
        Portal portal = portal(code, model);
        QuestionnaireResults.Results r = results.onPortal(portal.committeeId(), id);
        model.addAttribute("r", r);
        model.addAttribute("q", r.questionnaire());
        return "questionnaire/public/results";
    }

    private String page(Questionnaire q, Model model, Map<String, Answer> answers, String phone, boolean answered) {
        model.addAttribute("q", q);
        model.addAttribute("definition", q.definition());
        model.addAttribute("answers", answers);
        model.addAttribute("other", Definition.OTHER);
        model.addAttribute("phone", phone);
        model.addAttribute("answered", answered);
        model.addAttribute("open", q.status() == Status.OPEN);
        model.addAttribute("captcha", captchas.issue());
        return "questionnaire/public/answer";
    }

    private Portal portal(String code, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        return portal;
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (DEVICE_COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{16,64}")) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** The browser's device token, given a new one (a year, this site's public pages only) when it has none. */
    private static String device(HttpServletRequest request, HttpServletResponse response) {
        String token = cookie(request);
        if (token == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(DEVICE_COOKIE, token);
            cookie.setPath("/public/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return token;
    }
}
