package cn.tongxin.memoir.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.tongxin.attachment.Upload;
import cn.tongxin.memoir.CitizenMemoirs;
import cn.tongxin.memoir.MemoirCalls;
import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.Forms;

/** 文史资料征集 on the portal: the open calls, a citizen's form, and the page the tracking code opens. Citizens' only door. */
@Controller
@RequestMapping("/public/{code}/memoirs")
class PublicMemoirController {

    private final PublicPortals portals;
    private final MemoirCalls calls;
    private final CitizenMemoirs citizens;
    private final Captchas captchas;
    private final Clock clock;

    PublicMemoirController(PublicPortals portals, MemoirCalls calls, CitizenMemoirs citizens, Captchas captchas, Clock clock) {
        this.portals = portals;
        this.calls = calls;
        this.citizens = citizens;
        this.captchas = captchas;
        this.clock = clock;
    }

    @GetMapping
    String calls(@PathVariable String code, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        model.addAttribute("calls", calls.onPortal(portal.committeeId()));
        return "memoir/public/calls";
    }

    @GetMapping("/{id}")
    String call(@PathVariable String code, @PathVariable long id, Model model) {
        return form(portals.require(code), id, model, new CitizenMemoirs.CitizenForm(null, null, null, null, null, null));
    }

    @PostMapping("/{id}")
    String submit(@PathVariable String code, @PathVariable long id, CitizenMemoirs.CitizenForm form,
                  @RequestParam(required = false) List<MultipartFile> files, HttpServletRequest request, HttpServletResponse response,
                  Model model) throws IOException {
        Portal portal = portals.require(code);
        List<Upload> uploads = Upload.of(files);
        try {
            String tracking = citizens.submit(portal.committeeId(), id, form, uploads, request.getRemoteAddr());
            return "redirect:/public/" + portal.code() + "/memoirs/track/" + tracking + "?new";
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
        return form(portal, id, model, new CitizenMemoirs.CitizenForm(form.name(), form.phone(), form.title(), form.text(), null, null));
    }

    @GetMapping("/track")
    String trackForm(@PathVariable String code, @RequestParam(required = false) String q) {
        Portal portal = portals.require(code);
        String typed = q == null ? "" : q.strip().replaceAll("[^0-9A-Za-z-]", "");
        return typed.isEmpty() ? "redirect:/public/" + portal.code() + "/memoirs" : "redirect:/public/" + portal.code() + "/memoirs/track/" + typed;
    }

    @GetMapping("/track/{tracking}")
    String track(@PathVariable String code, @PathVariable String tracking, @RequestParam(name = "new", required = false) String fresh,
                 HttpServletRequest request, Model model) {
        Portal portal = portals.require(code);
        var tracked = citizens.track(portal.committeeId(), tracking, request.getRemoteAddr())
                .orElseThrow(() -> BusinessException.notFound("该追踪码对应的稿件"));
        model.addAttribute("portal", portal);
        model.addAttribute("m", tracked);
        model.addAttribute("files", citizens.files(portal.committeeId(), tracked));
        model.addAttribute("fresh", fresh != null);
        return "memoir/public/track";
    }

    private String form(Portal portal, long id, Model model, CitizenMemoirs.CitizenForm form) {
        MemoirCalls.Call call = calls.onPortal(portal.committeeId(), id);
        model.addAttribute("portal", portal);
        model.addAttribute("call", call);
        model.addAttribute("accepting", call.accepting(LocalDate.now(clock)));
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.issue());
        return "memoir/public/call";
    }
}
