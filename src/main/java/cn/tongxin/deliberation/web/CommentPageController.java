package cn.tongxin.deliberation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.CurateTopics;
import cn.tongxin.deliberation.EditComments;
import cn.tongxin.deliberation.ModerateComments;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** Members comment, reply, edit and report, the office moderates and marks best comments, from the topic page. */
@Controller
class CommentPageController {

    private final CommentOnTopics comment;
    private final EditComments edit;
    private final ModerateComments moderate;
    private final CurateTopics curate;

    CommentPageController(CommentOnTopics comment, EditComments edit, ModerateComments moderate, CurateTopics curate) {
        this.comment = comment;
        this.edit = edit;
        this.moderate = moderate;
        this.curate = curate;
    }

    @PostMapping("/deliberation/topics/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) Long replyTo, @RequestParam(required = false) String text,
                   RedirectAttributes redirect) {
        return Forms.step("/deliberation/topics/" + id, redirect,
                () -> comment.asMember(id, replyTo, text).held() ? "留言已提交，审核通过后公开" : "留言已发布");
    }

    @PostMapping("/deliberation/comments/{id}/edit")
    @ApiTwin("PUT /api/v1/deliberation/comments/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) Long topic, @RequestParam(required = false) String text,
                @RequestParam(required = false) Integer revision, RedirectAttributes redirect) {
        return Forms.step((topic == null ? "/deliberation/topics" : "/deliberation/topics/" + topic) + "#c-" + id, redirect,
                () -> edit.asMember(id, text, revision).held() ? "留言已修改，审核通过后公开" : "留言已修改");
    }

    @GetMapping("/deliberation/comments/{id}/edits")
    String edits(@PathVariable long id, @RequestParam(required = false) Long topic, Model model) {
        model.addAttribute("edits", edit.history(id));
        model.addAttribute("commentId", id);
        model.addAttribute("topicId", topic);
        return "deliberation/edits";
    }

    @PostMapping("/deliberation/comments/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) Long topic, RedirectAttributes redirect) {
        return Forms.step(topic == null ? "/deliberation/topics" : "/deliberation/topics/" + topic, redirect,
                () -> comment.reportAsMember(id) ? "已举报，该留言已隐藏待复核" : "已举报，谢谢您的监督");
    }

    @PostMapping("/deliberation/comments/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step(back(id), redirect, "留言已审核通过", () -> moderate.approve(id));
    }

    @PostMapping("/deliberation/comments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.step(back(id), redirect, "留言未予通过", () -> moderate.reject(id, reason));
    }

    @PostMapping("/deliberation/comments/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.step(back(id), redirect, "留言已隐藏，页面保留占位和回复", () -> moderate.hide(id, reason));
    }

    @PostMapping("/deliberation/comments/{id}/undo")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step(back(id), redirect, "已撤销审核决定", () -> moderate.undo(id));
    }

    @PostMapping("/deliberation/comments/{id}/best")
    String best(@PathVariable long id, @RequestParam(defaultValue = "true") boolean best, RedirectAttributes redirect) {
        return Forms.step(back(id), redirect, best ? "已精选" : "已取消精选", () -> curate.markBest(id, best));
    }

    private String back(long commentId) {
        return "/deliberation/topics/" + moderate.topicOf(commentId) + "#c-" + commentId;
    }
}
