package cn.tongxin.news.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.news.NewsArticles;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.PublicPortals.Portal;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;

/**
 * News on the portal: the list, an article with the description and Open Graph tags a chat app reads for its preview
 * (og:image an absolute address of the article's first image), and the article's images.
 */
@Controller
@RequestMapping("/public/{code}/news")
class PublicNewsController {

    private final PublicPortals portals;
    private final NewsArticles news;

    PublicNewsController(PublicPortals portals, NewsArticles news) {
        this.portals = portals;
        this.news = news;
    }

    @GetMapping
    String list(@PathVariable String code, @RequestParam(required = false) Integer page, Model model) {
        Portal portal = portal(code, model);
        model.addAttribute("result", news.onPortal(portal.committeeId(), PageQuery.of(page, 20)));
        model.addAttribute("pageDescription", portal.title() + "的工作动态");
        return "news/public/list";
    }

    @GetMapping("/{id}")
    String article(@PathVariable String code, @PathVariable long id, HttpServletRequest request, Model model) {
        Portal portal = portal(code, model);
        var a = news.onPortal(portal.committeeId(), id).orElseThrow(() -> BusinessException.notFound("该新闻"));
        model.addAttribute("a", a);
        String origin = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        String base = "/public/" + portal.code() + "/news/" + id;
        model.addAttribute("pageDescription", a.summary());
        model.addAttribute("pageUrl", origin + base);
        model.addAttribute("pageImage", a.images().isEmpty() ? null : origin + base + "/images/" + a.images().getFirst().id());
        return "news/public/article";
    }

    @GetMapping("/{id}/images/{imageId}")
    ResponseEntity<byte[]> image(@PathVariable String code, @PathVariable long id, @PathVariable long imageId) {
        Portal portal = portals.require(code);
        var file = news.image(portal.committeeId(), id, imageId).orElseThrow(() -> BusinessException.notFound("该图片"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(file.content());
    }

    private Portal portal(String code, Model model) {
        Portal portal = portals.require(code);
        model.addAttribute("portal", portal);
        return portal;
    }
}
