package cn.tongxin.participation.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.ModerationStatus;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/moderation")
@Tag(name = "公众参与")
class ModerationApiController {

    private final ModerationQueue queue;

    ModerationApiController(ModerationQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/counts")
    @Operation(summary = "审核队列各状态的数量", description = "待审核、已通过、未通过、已隐藏各多少条（本级政协，机关工作人员）。")
    @ApiResponse(responseCode = "403", description = "非机关工作人员", content = @Content(mediaType = "application/problem+json"))
    java.util.Map<ModerationStatus, Long> counts() {
        return queue.counts();
    }

    @GetMapping
    @Operation(summary = "审核队列（默认待审核），按提交时间排序")
    PageResult<ModerationQueue.Item> list(@RequestParam(required = false) ModerationStatus status,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queue.list(status, PageQuery.of(page, size));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "审核通过：内容公开或进入办理")
    void approve(@PathVariable long id) {
        queue.approve(id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "审核不通过，须写明理由")
    void reject(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
        queue.reject(id, request == null ? null : request.reason());
    }

    @PostMapping("/{id}/hide")
    @Operation(summary = "隐藏已公开的留言，须写明理由",
            description = "页面保留“该留言已被隐藏（理由）”的占位，回复不受影响；只适用于留言（群众意见建议已进入办理，不能隐藏）。")
    @ApiResponse(responseCode = "409", description = "当前状态不能隐藏", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "未填写理由或理由过长", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "本级政协没有该内容", content = @Content(mediaType = "application/problem+json"))
    void hide(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
        queue.hide(id, request == null ? null : request.reason());
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "撤销上一次审核决定",
            description = "通过或不通过回到待审核，已隐藏的留言重新公开；每次撤销记入审计日志。只适用于留言。")
    @ApiResponse(responseCode = "409", description = "没有可撤销的决定", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "本级政协没有该内容", content = @Content(mediaType = "application/problem+json"))
    void undo(@PathVariable long id) {
        queue.undo(id);
    }

    record RejectRequest(String reason) {
    }
}
