package cn.tongxin.handling.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.handling.StaffOversight;
import cn.tongxin.handling.UnitWork;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/handling")
@Tag(name = "交办办理", description = "签收、申请调整、延期、沟通、会办意见、答复、催办、退回、评价、重新办理")
class HandlingApiController {

    private final UnitWork unitWork;
    private final StaffOversight oversight;
    private final RatingAndClosing rating;
    private final HandlingQueries queries;

    HandlingApiController(UnitWork unitWork, StaffOversight oversight, RatingAndClosing rating, HandlingQueries queries) {
        this.unitWork = unitWork;
        this.oversight = oversight;
        this.rating = rating;
        this.queries = queries;
    }

    @GetMapping("/tasks")
    @Operation(summary = "本单位的交办事项")
    PageResult<HandlingQueries.UnitTask> tasks(@RequestParam(required = false) String status,
                                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.unitTasks(status, PageQuery.of(page, size));
    }

    @Operation(summary = "承办单位签收交办")
    @PostMapping("/assignments/{id}/acknowledge")
    void acknowledge(@PathVariable long id) {
        unitWork.acknowledge(id);
    }

    @Operation(summary = "承办单位申请调整（不属于本单位职责，须填理由）")
    @PostMapping("/assignments/{id}/reassignment")
    void reassignment(@PathVariable long id, @RequestBody Reason body) {
        unitWork.requestReassignment(id, body.reason());
    }

    @Operation(summary = "承办单位申请延期（新的办理期限与理由）")
    @PostMapping("/assignments/{id}/extension")
    void extension(@PathVariable long id, @RequestBody Extension body) {
        unitWork.requestExtension(id, body.newDue(), body.reason());
    }

    @Operation(summary = "登记与提案人的沟通联系（方式、日期、联系对象、情况）")
    @PostMapping("/assignments/{id}/contacts")
    void contact(@PathVariable long id, @RequestBody Contact body) {
        unitWork.recordContact(id, body.method(), body.contactedOn(), body.contactWith(), body.note());
    }

    @Operation(summary = "会办单位向主办单位提交会办意见")
    @PostMapping("/assignments/{id}/opinion")
    void opinion(@PathVariable long id, @RequestBody Text body) {
        unitWork.sendOpinion(id, body.text());
    }

    @Operation(summary = "承办单位答复（答复类别 A–D、签发人、联系人与答复正文）")
    @PostMapping("/assignments/{id}/reply")
    java.util.Map<String, Long> reply(@PathVariable long id, @RequestBody UnitWork.ReplyForm body) {
        return java.util.Map.of("replyId", unitWork.reply(id, body, null));
    }

    @Operation(summary = "工作人员催办（可附催办说明）")
    @PostMapping("/assignments/{id}/urge")
    void urge(@PathVariable long id, @RequestBody(required = false) Text body) {
        oversight.urge(id, body == null ? null : body.text());
    }

    @Operation(summary = "工作人员审批调整或延期申请（kind 为 EXTENSION 或 REASSIGNMENT；调整可指定新承办单位）")
    @PostMapping("/requests/{id}/decision")
    void decide(@PathVariable long id, @RequestBody RequestDecision body) {
        if ("EXTENSION".equals(body.kind())) {
            oversight.decideExtension(id, body.approve(), body.note());
        } else {
            oversight.decideReassignment(id, body.approve(), body.replacementUnitId(), body.note());
        }
    }

    @Operation(summary = "工作人员退回答复，要求承办单位重新答复（须填理由）")
    @PostMapping("/replies/{id}/return")
    void returnReply(@PathVariable long id, @RequestBody Reason body) {
        oversight.returnReply(id, body.reason());
    }

    @PostMapping("/cases/{id}/ratings")
    @Operation(summary = "提案人评价（承办单位账户不能评价）")
    void rate(@PathVariable long id, @RequestBody RatingAndClosing.RatingForm body) {
        rating.rate(id, body);
    }

    @Operation(summary = "工作人员录入提案人的纸质评价")
    @PostMapping("/cases/{id}/paper-ratings")
    void ratePaper(@PathVariable long id, @RequestBody PaperRating body) {
        rating.rateOnPaper(id, body.memberId(), body.rating());
    }

    @Operation(summary = "对不满意的答复安排重新办理")
    @PostMapping("/cases/{id}/rehandling")
    void rehandle(@PathVariable long id, @RequestBody(required = false) Reason body) {
        rating.orderRehandling(id, body == null ? null : body.reason());
    }

    record Reason(String reason) {
    }

    record Text(String text) {
    }

    record Extension(LocalDate newDue, String reason) {
    }

    record Contact(String method, LocalDate contactedOn, String contactWith, String note) {
    }

    record RequestDecision(String kind, boolean approve, Long replacementUnitId, String note) {
    }

    record PaperRating(long memberId, RatingAndClosing.RatingForm rating) {
    }
}
