package cn.tongxin.reading.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.reading.NoteQueries;
import cn.tongxin.reading.NoteReactions;
import cn.tongxin.reading.PostNotes;

@RestController
@RequestMapping("/api/v1/reading")
@Tag(name = "书香政协")
class ReadingNoteApiController {

    private final PostNotes post;
    private final NoteQueries notes;
    private final NoteReactions reactions;

    ReadingNoteApiController(PostNotes post, NoteQueries notes, NoteReactions reactions) {
        this.post = post;
        this.notes = notes;
        this.reactions = reactions;
    }

    @GetMapping("/groups/{id}/notes")
    @Operation(summary = "读书群的打卡", description = "按发布时间新的在前，每页 size 篇（默认20，最多50），含点赞数、评论数和本人是否已赞；"
            + "下一页以上一页返回的 next 作为 before（游标分页，翻到多深都一样快）。before 不正确为400。")
    NoteQueries.Feed groupNotes(@PathVariable long id, @RequestParam(required = false) String before,
                                @RequestParam(required = false) Integer size) {
        return notes.ofGroup(id, before, size);
    }

    @PostMapping(value = "/groups/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "读书打卡（JSON，不带照片）", description = "读书群成员发布读书感悟：book 所读的书、text 感悟（不超过5000字）、readOn 阅读日期"
            + "（不晚于今天，发布时间另记）、themeId 本群专题（可选）。requestKey 相同的重复提交只产生一篇。不是本群成员为403。")
    Map<String, Long> postNote(@PathVariable long id, @RequestBody PostNotes.NoteForm body) {
        return Map.of("id", post.post(id, body, null));
    }

    @PostMapping(value = "/groups/{id}/notes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "读书打卡（multipart，带照片 photo）", description = "字段同 JSON 方式；photo 为一张 PNG 或 JPEG 照片（不超过20MB）。")
    Map<String, Long> postNoteWithPhoto(@PathVariable long id, @ModelAttribute PostNotes.NoteForm form,
                                        @RequestParam(required = false) MultipartFile photo) throws IOException {
        return Map.of("id", post.post(id, form, upload(photo)));
    }

    @GetMapping("/notes/{id}")
    @Operation(summary = "一篇打卡及其评论", description = "全文、照片编号、点赞数和评论；被隐藏的评论只显示占位和理由，待审核的只有作者和机关看到。"
            + "已删除的打卡只有作者和机关可看。")
    NoteView note(@PathVariable long id) {
        return new NoteView(notes.get(id), reactions.comments(id));
    }

    @GetMapping("/notes/{id}/photo")
    @Operation(summary = "打卡照片", description = "能查看该打卡的人可取得其照片（PNG 或 JPEG）；没有照片为404。")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return image(notes.photo(id));
    }

    @PostMapping("/notes/{id}/remove")
    @Operation(summary = "删除打卡", description = "作者本人删除自己的打卡；机关工作人员可删除任何打卡，须填写理由 reason。删除后不再计入统计和履职档案。")
    void remove(@PathVariable long id, @RequestBody RemoveNote body) {
        post.remove(id, body.reason());
    }

    @PutMapping("/notes/{id}/like")
    @Operation(summary = "点赞", description = "为打卡点赞；每人每篇只计一次，重复提交不变。返回点赞数和本人是否已赞。")
    NoteReactions.Likes like(@PathVariable long id) {
        return reactions.like(id, true);
    }

    @DeleteMapping("/notes/{id}/like")
    @Operation(summary = "取消点赞", description = "取消本人对打卡的点赞；未点赞时不变。")
    NoteReactions.Likes unlike(@PathVariable long id) {
        return reactions.like(id, false);
    }

    @PostMapping("/notes/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发表评论", description = "本会委员、机关和领导评论打卡（不超过500字），发表即公开（先发后审）；含本会敏感词的待审核。"
            + "文字按原样保存，显示时一律转义。")
    NoteReactions.Posted comment(@PathVariable long id, @RequestBody CommentBody body) {
        return reactions.comment(id, body.text());
    }

    @PostMapping("/comments/{id}/hide")
    @Operation(summary = "隐藏评论", description = "机关工作人员填写理由 reason 隐藏已公开的评论；原位置显示“该评论已被隐藏（理由）”。记入审核队列和审计日志。")
    void hide(@PathVariable long id, @RequestBody HideComment body) {
        reactions.hide(id, body.reason());
    }

    @PostMapping("/comments/{id}/undo")
    @Operation(summary = "撤销隐藏", description = "机关工作人员撤销对评论的隐藏，评论重新公开。")
    void undo(@PathVariable long id) {
        reactions.undo(id);
    }

    @GetMapping("/members/{memberId}/notes")
    @Operation(summary = "委员的打卡", description = "某位本会委员在各读书群的打卡，游标分页同读书群的打卡。他会的委员为404。")
    NoteQueries.MemberNotes memberNotes(@PathVariable long memberId, @RequestParam(required = false) String before,
                                        @RequestParam(required = false) Integer size) {
        return notes.ofMember(memberId, before, size);
    }

    record NoteView(NoteQueries.Note note, List<NoteReactions.CommentView> comments) {
    }

    record RemoveNote(String reason) {
    }

    record CommentBody(String text) {
    }

    record HideComment(String reason) {
    }

    static Upload upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new Upload(file.getOriginalFilename(), file.getBytes());
    }

    static ResponseEntity<byte[]> image(Attachments.StoredFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").header("X-Content-Type-Options", "nosniff").body(file.content());
    }
}
