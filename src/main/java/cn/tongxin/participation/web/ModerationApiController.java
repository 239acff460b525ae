package cn.tongxin.participation.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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

    record RejectRequest(String reason) {
    }
}
