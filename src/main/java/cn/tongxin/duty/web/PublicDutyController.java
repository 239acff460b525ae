package cn.tongxin.duty.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.duty.AskOnDuty;
import cn.tongxin.duty.DutyQuestions;
import cn.tongxin.duty.DutyRota;
import cn.tongxin.duty.DutyTracking;
import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Forms;

/** 委员值班 on the portal: who is on duty now and next, the form to ask, the answered questions. Citizens' only door. */
@Controller
@RequestMapping("/public/{code}/duty")
class PublicDutyController {

    private final PublicPortals portals;
    private final DutyRota rota;
    private final DutyQuestions questions;
    private final AskOnDuty ask;
    private final Captchas captchas;
    private final DutyTracking tracking;

    PublicDutyController(PublicPortals portals, DutyRota rota, DutyQuestions questions, AskOnDuty ask, Captchas captchas,
                         DutyTracking tracking) {
        this.tracking = tracking;
        this.portals = portals;
        this.rota = rota;
        this.questions = questions;
        this.ask = ask;
        this.captchas = captchas;
    }

    @GetMapping
    String page(@PathVariable String code, @RequestParam(required = false) Integer page, Model model) {
        return show(portals.require(code), page, model, new AskOnDuty.Question(null, null, null, null));
    }

    @PostMapping
    String ask(@PathVariable String code, @RequestParam(required = false) String nickname, @RequestParam(required = false) String text,
               @RequestParam(required = false) String captchaId, @RequestParam(required = false) String captcha,
               HttpServletRequest request, HttpServletResponse response, Model model) {
        Portal portal = portals.require(code);
        try {
            var asked = ask.ask(portal.committeeId(), new AskOnDuty.Question(nickname, text, captchaId, captcha), request.getRemoteAddr());
            model.addAttribute("notice", asked.held() ? "留言已提交，审核通过后转给值班委员" : "留言已转给值班委员，答复后会显示在本页");
            model.addAttribute("trackingCode", asked.trackingCode());
            return show(portal, null, model, new AskOnDuty.Question(null, null, null, null));
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
        return show(portal, null, model, new AskOnDuty.Question(nickname, text, null, null));
    }

    @GetMapping("/track")
    String trackForm(@PathVariable String code, @RequestParam(required = false) String q) {
        Portal portal = portals.require(code);
        if (q == null || q.isBlank()) {
            return "redirect:/public/" + portal.code() + "/duty";
        }
        return "redirect:/public/" + portal.code() + "/duty/track/" + q.strip().replaceAll("[^0-9A-Za-z-]", "");
    }

    /** The citizen's question by tracking code: its status, the answer or what it was converted into. */
    @GetMapping("/track/{tracking}")
    String track(@PathVariable String code, @PathVariable String tracking, HttpServletRequest request, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        model.addAttribute("q", this.tracking.track(portal.committeeId(), tracking, request.getRemoteAddr())
                .orElseThrow(() -> BusinessException.notFound("该追踪码对应的留言")));
        return "duty/track";
    }

    private String show(Portal portal, Integer page, Model model, AskOnDuty.Question form) {
        var shifts = rota.upcoming(portal.committeeId(), 5);
        model.addAttribute("portal", portal);
        model.addAttribute("shifts", shifts);
        model.addAttribute("current", rota.current(portal.committeeId()).orElse(null));
        model.addAttribute("answered", questions.answered(portal.committeeId(), PageQuery.of(page, 20)));
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.issue());
        return "duty/public";
    }
}
