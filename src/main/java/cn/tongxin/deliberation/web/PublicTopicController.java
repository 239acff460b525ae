package cn.tongxin.deliberation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.CurateTopics;
import cn.tongxin.deliberation.TopicAction;
import cn.tongxin.deliberation.TopicReads;
import cn.tongxin.deliberation.TopicView;
import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Forms;

/**
 * Public topics on the portal: no login, phone first. A citizen's browser gets a random key in a cookie the first time
 * it writes (only its hash is stored), so that it shows them their own held comment marked 待审核; the page is the
 * citizen's only door (ADR 016).
 */
@Controller
@RequestMapping("/public/{code}/topics")
class PublicTopicController {

    static final String AUTHOR_COOKIE = "tx_author";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicPortals portals;
    private final TopicReads reads;
    private final CommentOnTopics comment;
    private final CurateTopics curate;
    private final Captchas captchas;
    private final LiveResponses live;

    PublicTopicController(PublicPortals portals, TopicReads reads, CommentOnTopics comment, CurateTopics curate, Captchas captchas,
                          LiveResponses live) {
        this.portals = portals;
        this.reads = reads;
        this.comment = comment;
        this.curate = curate;
        this.captchas = captchas;
        this.live = live;
    }

    @GetMapping
    String list(@PathVariable String code, @RequestParam(required = false) Integer page, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("topics", reads.publicList(portal.committeeId(), PageQuery.of(page, 20)));
        return "deliberation/public/topics";
    }

    @GetMapping("/{id}")
    String topic(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Long before,
                 @RequestParam(required = false) String sent, HttpServletRequest request, Model model) {
        Portal portal = portal(code, model);
        TopicView view = reads.publicPage(portal.committeeId(), id, authorKey(request), before);
        model.addAttribute("v", view);
        model.addAttribute("t", view.topic());
        model.addAttribute("ctx", context(portal, id, view.actions()));
        model.addAttribute("sent", sent);
        model.addAttribute("pollSeconds", live.pollSeconds());
        model.addAttribute("months", view.topic().kind() != cn.tongxin.deliberation.TopicKind.CALL_FOR_IDEAS ? java.util.List.of()
                : curate.months(view.topic()).stream().filter(CurateTopics.Month::published).toList());
        return "deliberation/public/topic";
    }

    @GetMapping("/{id}/live")
    String live(@PathVariable String code, @PathVariable long id, @RequestParam long since, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Portal portal = portals.require(code);
        // the idle poll: the portal, then one read of the cursor joined to the topic (public ones only)
        long version = reads.publicVersion(portal.committeeId(), id).orElseThrow(() -> BusinessException.notFound("该议题"));
        if (version == since) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("ETag", LiveResponses.etag(version));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        var changes = reads.publicChanges(id, authorKey(request), since);
        model.addAttribute("portal", portal);
        model.addAttribute("ctx", context(portal, id, changes.none() ? java.util.List.of()
                : reads.publicActions(portal.committeeId(), id)));
        return live.render(changes, "/public/" + portal.code() + "/topics/" + id + "/live", response, model);
    }

    @GetMapping("/{id}/write")
    String write(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Long replyTo, HttpServletRequest request,
                 Model model) {
        Portal portal = portal(code, model);
        form(portal, id, replyTo, authorKey(request), null, null, model);
        return "deliberation/public/write";
    }

    @PostMapping("/{id}/comments")
    String submit(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Long replyTo,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String captchaId, @RequestParam(required = false) String captcha,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Portal portal = portal(code, model);
        String key = authorKey(request);
        String fresh = null;
        if (key == null) {
            fresh = newKey();
            key = hash(fresh);
        }
        try {
            var posted = comment.asCitizen(portal.committeeId(), id, replyTo, name, text, key, captchaId, captcha, request.getRemoteAddr());
            if (fresh != null) {
                Cookie cookie = new Cookie(AUTHOR_COOKIE, fresh);
                cookie.setPath("/public/" + portal.code());
                cookie.setHttpOnly(true);
                cookie.setMaxAge(180 * 24 * 3600);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
            return "redirect:/public/" + portal.code() + "/topics/" + id + "?sent=" + (posted.held() ? "held" : "published") + "#c-" + posted.id();
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
        form(portal, id, replyTo, authorKey(request), name, text, model);
        return "deliberation/public/write";
    }

    @PostMapping("/{id}/comments/{commentId}/report")
    String report(@PathVariable String code, @PathVariable long id, @PathVariable long commentId, HttpServletRequest request, Model model) {
        Portal portal = portals.require(code);
        boolean hidden = comment.reportAsCitizen(portal.committeeId(), commentId, hash(request.getRemoteAddr()));
        return "redirect:/public/" + portal.code() + "/topics/" + id + "?sent=" + (hidden ? "reported-hidden" : "reported") + "#c-" + commentId;
    }

    @GetMapping("/{id}/digests/{month}")
    String digest(@PathVariable String code, @PathVariable long id, @PathVariable String month, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("d", curate.publicDigest(reads.publicTopic(portal.committeeId(), id), month));
        return "deliberation/public/digest";
    }

    private void form(Portal portal, long id, Long replyTo, String key, String name, String text, Model model) {
        var topic = reads.publicTopic(portal.committeeId(), id);
        model.addAttribute("t", topic);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("parent", replyTo == null ? null
                : reads.publicComment(portal.committeeId(), id, replyTo, key).orElseThrow(() -> BusinessException.notFound("要回复的留言")));
        model.addAttribute("name", name);
        model.addAttribute("text", text);
        model.addAttribute("captcha", captchas.issue());
    }

    private CommentContext context(Portal portal, long id, java.util.List<TopicAction> actions) {
        String base = "/public/" + portal.code() + "/topics/" + id;
        return new CommentContext(id, base, base + "/comments", false, actions.contains(TopicAction.COMMENT), actions.contains(TopicAction.REPORT),
                true);
    }

    private Portal portal(String code, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        return portal;
    }

    /** The hash of the key this browser holds, if any. */
    private static String authorKey(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (AUTHOR_COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{20,64}")) {
                return hash(c.getValue());
            }
        }
        return null;
    }

    private static String newKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
