package cn.tongxin.reading.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.attachment.Upload;
import cn.tongxin.reading.NoteQueries;
import cn.tongxin.reading.NoteReactions;
import cn.tongxin.reading.PostNotes;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 打卡 pages: posting a note, one note with its likes and comments, a member's notes. */
@Controller
class ReadingNotePageController {

    private final PostNotes post;
    private final NoteQueries notes;
    private final NoteReactions reactions;
    private final GroupPage groupPage;

    ReadingNotePageController(PostNotes post, NoteQueries notes, NoteReactions reactions, GroupPage groupPage) {
        this.post = post;
        this.notes = notes;
        this.reactions = reactions;
        this.groupPage = groupPage;
    }

    @PostMapping("/reading/groups/{id}/notes")
    String post(@PathVariable long id, @RequestParam(required = false) String requestKey, @RequestParam(required = false) Long themeId,
                @RequestParam(required = false) String book, @RequestParam(required = false) String text,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate readOn,
                @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) throws IOException {
        Upload upload = ReadingNoteApiController.upload(photo);
        return Forms.create(() -> post.post(id, new PostNotes.NoteForm(requestKey, themeId, book, text, readOn), upload), "打卡成功",
                "/reading/notes/", model, redirect, () -> {
                    model.addAttribute("requestKey", requestKey);
                    groupPage.fill(id, null, model);
                }, "reading/group");
    }

    @GetMapping("/reading/notes/{id}")
    String note(@PathVariable long id, Model model) {
        model.addAttribute("n", notes.get(id));
        model.addAttribute("comments", reactions.comments(id));
        return "reading/note";
    }

    @GetMapping("/reading/notes/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return ReadingNoteApiController.image(notes.photo(id));
    }

    @PostMapping("/reading/notes/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        long group = notes.get(id).card().groupId();
        return Forms.step("/reading/groups/" + group, redirect, "已删除打卡", () -> post.remove(id, reason));
    }

    /** Sets the like: from the group page by htmx the button is swapped in place; without script the note page reloads. */
    @PostMapping("/reading/notes/{id}/like")
    @ApiTwin("PUT /api/v1/reading/notes/{id}/like")
    String like(@PathVariable long id, @RequestParam(defaultValue = "true") boolean liked,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            var likes = reactions.like(id, liked);
            model.addAttribute("likes", likes);
            return "reading/like";
        }
        return Forms.step("/reading/notes/" + id, redirect, liked ? "已点赞" : "已取消点赞", () -> reactions.like(id, liked));
    }

    @PostMapping("/reading/notes/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> reactions.comment(id, text), "评论已发表", "redirect:/reading/notes/" + id + "#comments", model,
                redirect, () -> {
                    model.addAttribute("commentText", text);
                    return note(id, model);
                });
    }

    @PostMapping("/reading/comments/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.step("/reading/notes/" + reactions.noteOf(id), redirect, "已隐藏评论", () -> reactions.hide(id, reason));
    }

    @PostMapping("/reading/comments/{id}/undo")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/reading/notes/" + reactions.noteOf(id), redirect, "已撤销隐藏", () -> reactions.undo(id));
    }

    @GetMapping("/reading/members/{memberId}")
    String member(@PathVariable long memberId, @RequestParam(required = false) String before, Model model) {
        model.addAttribute("m", notes.ofMember(memberId, before, null));
        model.addAttribute("before", before);
        return "reading/member";
    }
}
