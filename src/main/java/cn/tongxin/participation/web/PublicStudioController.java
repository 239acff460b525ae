package cn.tongxin.participation.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.tongxin.attachment.Upload;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.LeaveOpinions;
import cn.tongxin.participation.OpinionForm;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.participation.StudioPosters;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.Forms;

/** A studio's public page (where its QR code leads), the citizen's form, and the tracking page. */
@Controller
@RequestMapping("/public/{code}")
class PublicStudioController {

    private final PublicPortals portals;
    private final StudioHeadlines studios;
    private final Captchas captchas;
    private final LeaveOpinions opinions;
    private final StudioPosters posters;

    PublicStudioController(PublicPortals portals, StudioHeadlines studios, Captchas captchas, LeaveOpinions opinions, StudioPosters posters) {
        this.portals = portals;
        this.studios = studios;
        this.captchas = captchas;
        this.opinions = opinions;
        this.posters = posters;
    }

    @GetMapping("/studios/{id}")
    String studio(@PathVariable String code, @PathVariable long id, Model model) {
        page(code, id, model, new OpinionForm(null, null, null, null, null, null));
        return "participation/public/studio";
    }

    @PostMapping("/studios/{id}/opinions")
    String leave(@PathVariable String code, @PathVariable long id, OpinionForm form,
                 @RequestParam(required = false) List<MultipartFile> photos, HttpServletRequest request,
                 HttpServletResponse response, Model model) throws IOException {
        Portal portal = portals.require(code);
        List<Upload> uploads = Upload.of(photos);
        try {
            String tracking = opinions.leave(portal.committeeId(), id, form, uploads, request.getRemoteAddr());
            return "redirect:/public/" + portal.code() + "/track/" + tracking + "?new";
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
        page(code, id, model, new OpinionForm(form.name(), form.phone(), form.place(), form.content(), null, null));
        return "participation/public/studio";
    }

    @GetMapping("/track")
    String trackForm(@PathVariable String code, @RequestParam(required = false) String q, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        if (q != null && !q.isBlank()) {
            return "redirect:/public/" + portal.code() + "/track/" + q.strip().replaceAll("[^0-9A-Za-z-]", "");
        }
        return "participation/public/track-form";
    }

    @GetMapping("/track/{tracking}")
    String track(@PathVariable String code, @PathVariable String tracking, @RequestParam(name = "new", required = false) String fresh,
                 HttpServletRequest request, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        var tracked = opinions.track(portal.committeeId(), tracking, request.getRemoteAddr())
                .orElseThrow(() -> BusinessException.notFound("该追踪码对应的意见建议"));
        model.addAttribute("o", tracked);
        model.addAttribute("studio", studios.active(portal.committeeId(), tracked.studioId()).map(StudioHeadlines.Studio::name).orElse(""));
        model.addAttribute("fresh", fresh != null);
        return "participation/public/track";
    }

    @GetMapping(value = "/studios/{id}/poster.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> poster(@PathVariable String code, @PathVariable long id, HttpServletRequest request) {
        Portal portal = portals.require(code);
        var studio = studios.active(portal.committeeId(), id).orElseThrow(() -> BusinessException.notFound("该委员工作室"));
        String url = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + "/public/" + portal.code() + "/studios/" + id;
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header("Content-Disposition", "inline; filename=\"studio-" + id + ".png\"")
                .body(posters.png(portal.title(), studio.name(), url));
    }

    /** The same poster as an A4 PDF for printing (the studio's name in Chinese, the QR code to its page). */
    @GetMapping(value = "/studios/{id}/poster.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> posterPdf(@PathVariable String code, @PathVariable long id, HttpServletRequest request) {
        Portal portal = portals.require(code);
        var studio = studios.active(portal.committeeId(), id).orElseThrow(() -> BusinessException.notFound("该委员工作室"));
        String url = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + "/public/" + portal.code() + "/studios/" + id;
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"studio-" + id + ".pdf\"")
                .body(posters.pdf(portal.title(), studio.name(), url));
    }

    private void page(String code, long id, Model model, OpinionForm form) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        model.addAttribute("studio", studios.active(portal.committeeId(), id).orElseThrow(() -> BusinessException.notFound("该委员工作室")));
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.issue());
    }
}
