package cn.tongxin.deliberation.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.deliberation.CommentEdit;
import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.CurateTopics;
import cn.tongxin.deliberation.EditComments;
import cn.tongxin.deliberation.ModerateComments;

@RestController
@RequestMapping("/api/v1/deliberation/comments")
@Tag(name = "网络议政", description = "网络议政与热点话题征集：议题、留言与回复、审核、总结、成果和月度精选")
@ApiResponse(responseCode = "403", description = "无权执行此操作", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "本级政协没有该留言", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "409", description = "留言当前状态不允许此操作", content = @Content(mediaType = "application/problem+json"))
class CommentApiController {

    private final CommentOnTopics comment;
    private final EditComments edit;
    private final ModerateComments moderate;
    private final CurateTopics curate;

    CommentApiController(CommentOnTopics comment, EditComments edit, ModerateComments moderate, CurateTopics curate) {
        this.comment = comment;
        this.edit = edit;
        this.moderate = moderate;
        this.curate = curate;
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改自己的留言（委员）",
            description = "作者本人在发表后的时限内（本会设置，默认10分钟）、议题进行中、留言未被隐藏或不予通过时可修改；revision 为读取时的版本号，"
                    + "已被修改过则返回 409，请重新读取。议题设为委员先审后发或含敏感词时，已公开的留言重新进入审核队列。每次修改保留原文记录并记入审计日志，"
                    + "页面显示“已编辑”。")
    @ApiResponse(responseCode = "409", description = "已超过修改时限、留言已隐藏或未通过、版本号已过时、议题已结束",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "内容为空或超过2000字，或缺少版本号", content = @Content(mediaType = "application/problem+json"))
    EditComments.Edited edit(@PathVariable long id, @RequestBody Revision body) {
        return edit.asMember(id, body.text(), body.revision());
    }

    @GetMapping("/{id}/edits")
    @Operation(summary = "留言的修改记录", description = "每次修改前后的原文、修改人和时间、是否重新送审；机关工作人员和作者本人可查看。")
    List<CommentEdit> edits(@PathVariable long id) {
        return edit.history(id);
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "举报已公开的留言（委员）", description = "每人每条留言一次；议题设定了次数时，达到次数自动隐藏，待审核人员复核。返回是否已隐藏。")
    Reported report(@PathVariable long id) {
        return new Reported(comment.reportAsMember(id));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "审核通过留言（机关工作人员）", description = "待审核的留言公开；与审核队列的通过是同一操作，记入审计日志。")
    void approve(@PathVariable long id) {
        moderate.approve(id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "不予通过留言（机关工作人员）", description = "须写理由；留言只有作者能看到，并看到理由。")
    @ApiResponse(responseCode = "422", description = "未填写理由", content = @Content(mediaType = "application/problem+json"))
    void reject(@PathVariable long id, @RequestBody(required = false) Reason body) {
        moderate.reject(id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/hide")
    @Operation(summary = "隐藏已公开的留言（机关工作人员）", description = "须写理由；页面保留“该留言已被隐藏（理由）”，回复照常显示。")
    @ApiResponse(responseCode = "422", description = "未填写理由", content = @Content(mediaType = "application/problem+json"))
    void hide(@PathVariable long id, @RequestBody(required = false) Reason body) {
        moderate.hide(id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "撤销对留言的上一次审核决定（机关工作人员）", description = "通过或不通过回到待审核，隐藏的留言重新公开；记入审计日志。")
    void undo(@PathVariable long id) {
        moderate.undo(id);
    }

    @PostMapping("/{id}/best")
    @Operation(summary = "精选或取消精选留言（机关工作人员）", description = "精选的留言进入成果和月度精选；只能精选已公开的留言。")
    void best(@PathVariable long id, @RequestBody(required = false) Best body) {
        curate.markBest(id, body == null || body.best() == null || body.best());
    }

    record Reported(boolean hidden) {
    }

    record Revision(String text, Integer revision) {
    }

    record Reason(String reason) {
    }

    record Best(Boolean best) {
    }
}
