package cn.tongxin.deliberation.web;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.deliberation.Audience;
import cn.tongxin.deliberation.CurateTopics;
import cn.tongxin.deliberation.ManageTopics;
import cn.tongxin.deliberation.TopicDocuments;
import cn.tongxin.deliberation.TopicForm;
import cn.tongxin.deliberation.TopicKind;
import cn.tongxin.deliberation.TopicReads;
import cn.tongxin.deliberation.TopicView;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** The office's and members' topic pages: list, form, the topic with its comments, live updates, summary, export. */
@Controller
class TopicPageController {

    private final ManageTopics manage;
    private final CurateTopics curate;
    private final TopicReads reads;
    private final TopicDocuments documents;
    private final CurrentUsers currentUsers;
    private final LiveResponses live;

    TopicPageController(ManageTopics manage, CurateTopics curate, TopicReads reads, TopicDocuments documents, CurrentUsers currentUsers,
                        LiveResponses live) {
        this.manage = manage;
        this.curate = curate;
        this.reads = reads;
        this.documents = documents;
        this.currentUsers = currentUsers;
        this.live = live;
    }

    @GetMapping("/deliberation/topics")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("topics", reads.list(PageQuery.of(page, 20)));
        model.addAttribute("office", currentUsers.get().hasAny(Role.ADMIN, Role.STAFF));
        return "deliberation/topics";
    }

    @GetMapping("/deliberation/topics/new")
    String form(@RequestParam(required = false) Long activityId, Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        model.addAttribute("form", new TopicForm(activityId == null ? TopicKind.CALL_FOR_IDEAS : TopicKind.CONSULTATION, activityId,
                null, null, null, Audience.PUBLIC, null, null, true, false, null));
        return formPage(model, null);
    }

    @PostMapping("/deliberation/topics")
    @ApiTwin("POST /api/v1/deliberation/topics")
    String create(@ModelAttribute TopicForm form, Model model, RedirectAttributes redirect) {
        model.addAttribute("form", form);
        return Forms.create(() -> manage.create(form), "议题已创建", "/deliberation/topics/", model, redirect, () -> formPage(model, null),
                "deliberation/topic-form");
    }

    @GetMapping("/deliberation/topics/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        var t = reads.page(id, null).topic();
        model.addAttribute("form", new TopicForm(t.kind(), t.activityId(), t.title(), t.background(), t.questions(), t.audience(),
                live.local(t.opensAt()), t.closesAt() == null ? null : live.local(t.closesAt()), t.moderatePublic(),
                t.moderateMembers(), t.reportThreshold()));
        return formPage(model, id);
    }

    @PostMapping("/deliberation/topics/{id}")
    @ApiTwin("PUT /api/v1/deliberation/topics/{id}")
    String save(@PathVariable long id, @ModelAttribute TopicForm form, Model model, RedirectAttributes redirect) {
        model.addAttribute("form", form);
        return Forms.submit(() -> {
            manage.edit(id, form);
            return id;
        }, "议题已保存", "redirect:/deliberation/topics/" + id, model, redirect, () -> formPage(model, id));
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("topicId", id);
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("audiences", Audience.values());
        return "deliberation/topic-form";
    }

    @GetMapping("/deliberation/topics/{id}")
    String topic(@PathVariable long id, @RequestParam(required = false) Long before, Model model) {
        TopicView view = reads.page(id, before);
        var user = currentUsers.get();
        boolean office = user.hasAny(Role.ADMIN, Role.STAFF);
        model.addAttribute("v", view);
        model.addAttribute("t", view.topic());
        model.addAttribute("ctx", new CommentContext(id, "/deliberation/topics/" + id, "/deliberation/comments", office,
                view.offers("COMMENT"), view.offers("REPORT"), false));
        model.addAttribute("pollSeconds", live.pollSeconds());
        if (office) {
            model.addAttribute("months", curate.months(view.topic()));
        }
        return "deliberation/topic";
    }

    @GetMapping("/deliberation/topics/{id}/live")
    String live(@PathVariable long id, @RequestParam long since, HttpServletResponse response, Model model) {
        var changes = reads.changes(id, since);
        var user = currentUsers.get();
        boolean office = user.hasAny(Role.ADMIN, Role.STAFF);
        var offered = changes.none() ? java.util.List.<cn.tongxin.deliberation.TopicAction>of() : reads.offered(id);
        model.addAttribute("ctx", new CommentContext(id, "/deliberation/topics/" + id, "/deliberation/comments", office,
                offered.contains(cn.tongxin.deliberation.TopicAction.COMMENT), offered.contains(cn.tongxin.deliberation.TopicAction.REPORT), false));
        return live.render(changes, "/deliberation/topics/" + id + "/live", response, model);
    }

    @PostMapping("/deliberation/topics/{id}/start")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id, redirect, "议题已开始，可以留言", () -> manage.start(id));
    }

    @PostMapping("/deliberation/topics/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id, redirect, "议题已结束", () -> manage.close(id));
    }

    @PostMapping("/deliberation/topics/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) LocalDateTime until,
                  RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id, redirect, "议题已重新开放", () -> manage.reopen(id, until));
    }

    @PostMapping("/deliberation/topics/{id}/summary")
    String summary(@PathVariable long id, @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id + "#summary", redirect, "总结已保存", () -> curate.writeSummary(id, summary));
    }

    @PostMapping("/deliberation/topics/{id}/output")
    String output(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id, redirect, () -> "已转为活动成果（成果编号 " + curate.makeOutput(id) + "）");
    }

    @PostMapping("/deliberation/topics/{id}/digests")
    String digest(@PathVariable long id, @RequestParam(required = false) String month, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id, redirect, "月度精选已发布", () -> curate.publishDigest(id, month, note));
    }

    @GetMapping("/deliberation/topics/{id}/digests/{month}")
    String digestPage(@PathVariable long id, @PathVariable String month, Model model) {
        model.addAttribute("d", curate.digest(id, month));
        return "deliberation/digest";
    }

    @GetMapping("/deliberation/topics/{id}/summary.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.of("网络议政-" + id + ".docx", Downloads.DOCX, documents.summary(id));
    }
}
