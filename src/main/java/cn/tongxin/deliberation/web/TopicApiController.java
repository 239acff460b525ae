package cn.tongxin.deliberation.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.deliberation.Audience;
import cn.tongxin.deliberation.CommentView;
import cn.tongxin.deliberation.CurateTopics;
import cn.tongxin.deliberation.ManageTopics;
import cn.tongxin.deliberation.TopicAction;
import cn.tongxin.deliberation.TopicForm;
import cn.tongxin.deliberation.TopicKind;
import cn.tongxin.deliberation.TopicReads;
import cn.tongxin.deliberation.TopicStatus;
import cn.tongxin.deliberation.TopicView;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/deliberation/topics")
@Tag(name = "网络议政", description = "网络议政与热点话题征集：议题、留言与回复、审核、总结、成果和月度精选")
@ApiResponse(responseCode = "403", description = "无权执行此操作", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "本级政协没有该议题", content = @Content(mediaType = "application/problem+json"))
class TopicApiController {

    private final ManageTopics manage;
    private final CurateTopics curate;
    private final TopicReads reads;
    private final cn.tongxin.deliberation.CommentOnTopics comment;

    TopicApiController(ManageTopics manage, CurateTopics curate, TopicReads reads, cn.tongxin.deliberation.CommentOnTopics comment) {
        this.manage = manage;
        this.curate = curate;
        this.reads = reads;
        this.comment = comment;
    }

    @GetMapping
    @Operation(summary = "本级政协的议题，新的在前", description = "机关工作人员、领导和委员可见；含仅委员参与和公开的议题。")
    PageResult<TopicReads.Summary> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reads.list(PageQuery.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建议题（机关工作人员）", description = "网络议政须关联一项协商类活动并有截止时间；热点话题征集长期开放。公开议题的群众留言默认先审后发。")
    @ApiResponse(responseCode = "422", description = "填写有误", content = @Content(mediaType = "application/problem+json"))
    Map<String, Long> create(@RequestBody TopicForm form) {
        return Map.of("id", manage.create(form));
    }

    @GetMapping("/{id}")
    @Operation(summary = "议题及最新留言", description = "最新20个留言串（含回复）；before 为上一页最后一串的编号。机关工作人员看到全部留言及其审核状态，委员看到已公开的和自己待审核的。")
    TopicJson topic(@PathVariable long id, @RequestParam(required = false) Long before) {
        return TopicJson.of(reads.page(id, before));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改议题（机关工作人员）", description = "未开始和进行中的议题可修改。")
    @ApiResponse(responseCode = "409", description = "议题已结束", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "填写有误", content = @Content(mediaType = "application/problem+json"))
    void edit(@PathVariable long id, @RequestBody TopicForm form) {
        manage.edit(id, form);
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "自某版本以来的留言变化（实时刷新）",
            description = "since 为页面持有的版本号。没有变化时返回 304（带 If-None-Match）或空列表；变化过多时 reload 为 true。")
    ResponseEntity<TopicReads.Changes> changes(@PathVariable long id, @RequestParam long since,
                                               @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        var version = reads.changes(id, Long.MAX_VALUE).version();
        if (LiveResponses.etag(version).equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(LiveResponses.etag(version)).build();
        }
        var changes = reads.changes(id, since);
        return ResponseEntity.ok().eTag(LiveResponses.etag(changes.version())).body(changes);
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "提前开始议题（机关工作人员）", description = "未开始的议题立即开放留言。")
    @ApiResponse(responseCode = "409", description = "当前状态不能开始", content = @Content(mediaType = "application/problem+json"))
    void start(@PathVariable long id) {
        manage.start(id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "结束议题（机关工作人员）", description = "立即停止留言；热点话题征集也可结束。")
    @ApiResponse(responseCode = "409", description = "当前状态不能结束", content = @Content(mediaType = "application/problem+json"))
    void close(@PathVariable long id) {
        manage.close(id);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "重新开放议题（机关工作人员）", description = "网络议政须给出新的截止时间；热点话题征集可不填。")
    @ApiResponse(responseCode = "409", description = "议题未结束", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "截止时间有误", content = @Content(mediaType = "application/problem+json"))
    void reopen(@PathVariable long id, @RequestBody(required = false) Reopen body) {
        manage.reopen(id, body == null ? null : body.until());
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "委员留言或回复", description = "replyTo 为要回复的已公开留言或回复；回复的回复归入同一留言串（两级显示），注明“回复 @某某”（replyToId、replyToName）。"
                    + "议题设为委员先审后发或含敏感词时待审核，回复与留言相同。群众只能在公开门户的页面留言。")
    @ApiResponse(responseCode = "409", description = "议题未开始或已结束", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "内容为空或超过2000字", content = @Content(mediaType = "application/problem+json"))
    cn.tongxin.deliberation.CommentOnTopics.Posted comment(@PathVariable long id, @RequestBody NewComment body) {
        return comment.asMember(id, body.replyTo(), body.text());
    }

    @PostMapping("/{id}/summary")
    @Operation(summary = "撰写议题总结（机关工作人员）", description = "议题结束后撰写；导出的 .docx 含总结和全部已公开留言。")
    @ApiResponse(responseCode = "409", description = "议题未结束", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "总结为空或过长", content = @Content(mediaType = "application/problem+json"))
    void summary(@PathVariable long id, @RequestBody Summary body) {
        curate.writeSummary(id, body.summary());
    }

    @PostMapping("/{id}/output")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "总结和精选留言转为活动成果（协商成果）", description = "议题结束、总结已写后可转一次；精选留言中的委员为成果作者。")
    @ApiResponse(responseCode = "409", description = "未结束、未写总结、未关联活动或已转过", content = @Content(mediaType = "application/problem+json"))
    Map<String, Long> output(@PathVariable long id) {
        return Map.of("outputId", curate.makeOutput(id));
    }

    @PostMapping("/{id}/digests")
    @Operation(summary = "发布热点话题征集的月度精选", description = "month 形如 2026-11；该月须有精选留言。重复发布更新按语。")
    @ApiResponse(responseCode = "409", description = "不是热点话题征集或该月没有精选", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "月份格式有误", content = @Content(mediaType = "application/problem+json"))
    void digest(@PathVariable long id, @RequestBody DigestRequest body) {
        curate.publishDigest(id, body.month(), body.note());
    }

    @GetMapping("/{id}/digests/{month}")
    @Operation(summary = "月度精选", description = "已发布的月份所有人可见；未发布的只有机关工作人员可预览。")
    DigestJson digestOf(@PathVariable long id, @PathVariable String month) {
        var d = curate.digest(id, month);
        return new DigestJson(d.topic().id(), d.month(), d.published(), d.note(), d.comments());
    }

    record Reopen(LocalDateTime until) {
    }

    record NewComment(Long replyTo, String text) {
    }

    record Summary(String summary) {
    }

    record DigestRequest(String month, String note) {
    }

    record DigestJson(long topicId, String month, boolean published, String note, List<CommentView> comments) {
    }

    record TopicJson(long id, TopicKind kind, Long activityId, String activityTitle, String title, String background, String questions,
                     Audience audience, Instant opensAt, Instant closesAt, TopicStatus status, List<TopicAction> actions,
                     boolean moderatePublic, boolean moderateMembers, Integer reportThreshold, String summary, Long outputId,
                     long version, int comments, List<TopicView.Thread> threads, Long next) {

        static TopicJson of(TopicView v) {
            var t = v.topic();
            return new TopicJson(t.id(), t.kind(), t.activityId(), t.activityTitle(), t.title(), t.background(), t.questions(), t.audience(),
                    t.opensAt(), t.closesAt(), v.status(), v.actions(), t.moderatePublic(), t.moderateMembers(), t.reportThreshold(),
                    t.summary(), t.outputId(), v.version(), v.comments(), v.threads(), v.next());
        }
    }
}
