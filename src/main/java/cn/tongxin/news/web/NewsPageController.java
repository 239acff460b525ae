package cn.tongxin.news.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.attachment.Upload;
import cn.tongxin.news.NewsArticles;
import cn.tongxin.news.NewsForm;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Forms;

/** The office's news pages: the list, a new article with images, one article and its withdrawal. */
@Controller
class NewsPageController {

    private final NewsArticles news;
    private final PublicPortals portals;

    NewsPageController(NewsArticles news, PublicPortals portals) {
        this.news = news;
        this.portals = portals;
    }

    @GetMapping("/news")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", news.list(PageQuery.of(page, 20)));
        return "news/list";
    }

    @GetMapping("/news/new")
    String form(Model model) {
        news.list(PageQuery.of(1, 1));
        model.addAttribute("form", new NewsForm(null, null, null, null));
        return "news/new";
    }

    @PostMapping("/news")
    String publish(@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
                   @RequestParam(required = false) String body,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn,
                   @RequestParam(required = false) List<MultipartFile> images, Model model, RedirectAttributes redirect) throws IOException {
        NewsForm form = new NewsForm(title, summary, body, happenedOn);
        List<Upload> uploads = uploads(images);
        return Forms.create(() -> news.publish(form, uploads), "已发布到公开门户", "/news/", model, redirect,
                () -> model.addAttribute("form", form), "news/new");
    }

    @GetMapping("/news/{id}")
    String article(@PathVariable long id, Model model) {
        model.addAttribute("a", news.find(id));
        model.addAttribute("portal", portals.own().map(PublicPortals.Portal::code).orElse(null));
        return "news/article";
    }

    @PostMapping("/news/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/news/" + id, redirect, "已从公开门户撤下", () -> news.withdraw(id));
    }

    static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        return Upload.of(files);
    }
}
