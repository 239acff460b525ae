package cn.tongxin.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.proposal.PublishedProposals;
import cn.tongxin.report.PublishedFigures;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;

/** The committee's public pages: no login, phone first, only what the committee published. */
@Controller
@RequestMapping("/public/{code}")
class PublicPortalController {

    private final PublicPortals portals;
    private final PublishedProposals proposals;
    private final PublishedFigures figures;
    private final StudioHeadlines studios;

    PublicPortalController(PublicPortals portals, PublishedProposals proposals, PublishedFigures figures, StudioHeadlines studios) {
        this.portals = portals;
        this.proposals = proposals;
        this.figures = figures;
        this.studios = studios;
    }

    @GetMapping
    String home(@PathVariable String code, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("latest", proposals.list(portal.committeeId(), null, PageQuery.of(1, 5)));
        model.addAttribute("years", figures.of(portal.committeeId()));
        model.addAttribute("studios", studios.active(portal.committeeId()));
        return "participation/public/home";
    }

    @GetMapping("/proposals")
    String proposals(@PathVariable String code, @RequestParam(required = false) String q,
                     @RequestParam(required = false) Integer page, Model model) {
        Portal portal = portal(code, model);
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("result", proposals.list(portal.committeeId(), query, PageQuery.of(page, 20)));
        model.addAttribute("query", query.isEmpty() ? "" : "q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        return "participation/public/proposals";
    }

    @GetMapping("/proposals/{id}")
    String proposal(@PathVariable String code, @PathVariable long id, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("p", proposals.find(portal.committeeId(), id).orElseThrow(() -> BusinessException.notFound("该公开提案")));
        return "participation/public/proposal";
    }

    @GetMapping("/studios")
    String studios(@PathVariable String code, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("studios", studios.active(portal.committeeId()));
        return "participation/public/studios";
    }

    private Portal portal(String code, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        return portal;
    }
}
