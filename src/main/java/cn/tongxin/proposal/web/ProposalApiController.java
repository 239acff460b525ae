package cn.tongxin.proposal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.handling.HandlingMode;
import cn.tongxin.proposal.CoSigning;
import cn.tongxin.proposal.DraftProposals;
import cn.tongxin.proposal.KeyProposals;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalHandling;
import cn.tongxin.proposal.ProposalQueries;
import cn.tongxin.proposal.ProposalSummary;
import cn.tongxin.proposal.ReviewProposals;
import cn.tongxin.proposal.SubmitProposals;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "提案", description = "起草、联名、审查、交办、办结；办理与评价见“交办办理”")
class ProposalApiController {

    private final ProposalQueries queries;
    private final DraftProposals drafts;
    private final CoSigning coSigning;
    private final SubmitProposals submitting;
    private final ReviewProposals review;
    private final ProposalHandling handling;
    private final KeyProposals keyProposals;
    private final cn.tongxin.proposal.ProposalStatistics statistics;

    ProposalApiController(ProposalQueries queries, DraftProposals drafts, CoSigning coSigning, SubmitProposals submitting,
                          ReviewProposals review, ProposalHandling handling, KeyProposals keyProposals,
                          cn.tongxin.proposal.ProposalStatistics statistics) {
        this.statistics = statistics;
        this.queries = queries;
        this.drafts = drafts;
        this.coSigning = coSigning;
        this.submitting = submitting;
        this.review = review;
        this.handling = handling;
        this.keyProposals = keyProposals;
    }

    @GetMapping
    @Operation(summary = "提案列表（按角色可见范围，分页、筛选）")
    PageResult<ProposalSummary> list(@ModelAttribute ProposalCriteria criteria, @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size, @RequestParam(required = false) Long committeeId) {
        return queries.list(criteria, PageQuery.of(page, size), committeeId);
    }

    @GetMapping("/statistics")
    @Operation(summary = "提案统计（按会议 sessionId、年度 year 或日期 from/to），每项带口径；committeeId 为下级政协时只给数字，"
            + "经其授权才带明细链接")
    cn.tongxin.proposal.ProposalStatistics.Report statistics(@RequestParam(required = false) Long sessionId,
                                                            @RequestParam(required = false) Integer year,
                                                            @RequestParam(required = false) LocalDate from,
                                                            @RequestParam(required = false) LocalDate to,
                                                            @RequestParam(required = false) Long committeeId) {
        return statistics.report(ProposalStatisticsController.period(sessionId, year, from, to), committeeId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "提案详情，含办理情况与办理轨迹")
    ProposalQueries.ProposalPage get(@PathVariable long id, @RequestParam(required = false) Long committeeId) {
        return queries.page(id, committeeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建提案草稿（同一 Idempotency-Key 重复提交只建一件）")
    ProposalQueries.ProposalPage create(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                        @RequestBody ProposalDraft draft) {
        var withKey = key == null ? draft : draft.requestKey(key);
        return queries.page(drafts.create(withKey, List.of()));
    }

    @Operation(summary = "修改提案草稿（须带读取时的 version；cosignerIds 中新增的委员随保存收到联名邀请）")
    @PutMapping("/{id}")
    ProposalQueries.ProposalPage update(@PathVariable long id, @RequestBody Versioned body) {
        drafts.update(id, body.data(), body.version(), List.of());
        return queries.page(id);
    }

    @Operation(summary = "第一提案人邀请委员联名（受邀者在联名截止前确认）")
    @PostMapping("/{id}/invitations")
    void invite(@PathVariable long id, @RequestBody Invitations body) {
        coSigning.invite(id, body.memberIds());
    }

    @PostMapping("/{id}/cosign")
    @Operation(summary = "受邀委员确认或谢绝联名")
    void cosign(@PathVariable long id, @RequestBody Decision body) {
        coSigning.respond(id, body.confirm());
    }

    @Operation(summary = "提交提案（联名提案须至少有一位委员确认联名）")
    @PostMapping("/{id}/submit")
    void submit(@PathVariable long id) {
        submitting.submit(id);
    }

    @Operation(summary = "第一提案人撤回提案（审查前）")
    @PostMapping("/{id}/withdraw")
    void withdraw(@PathVariable long id) {
        submitting.withdraw(id);
    }

    @Operation(summary = "初审通过（启用两级审查时）")
    @PostMapping("/{id}/pre-approve")
    void preApprove(@PathVariable long id, @RequestBody(required = false) Note body) {
        review.preApprove(id, body == null ? null : body.note());
    }

    @PostMapping("/{id}/file")
    @Operation(summary = "立案（按会议顺序编号，无空号、无重号）")
    Map<String, String> file(@PathVariable long id, @RequestBody(required = false) Note body) {
        return Map.of("number", review.file(id, body == null ? null : body.note()));
    }

    @Operation(summary = "不予立案（须选条例规定的理由，可转为社情民意信息等）")
    @PostMapping("/{id}/reject")
    void reject(@PathVariable long id, @RequestBody Rejection body) {
        review.reject(id, body.reason(), body.note(), body.conversion());
    }

    @Operation(summary = "并案：并入另一件已立案的提案")
    @PostMapping("/{id}/merge")
    void merge(@PathVariable long id, @RequestBody Merge body) {
        review.merge(id, body.targetId(), body.note());
    }

    @Operation(summary = "退回修改（须填说明）")
    @PostMapping("/{id}/return")
    void returnForRevision(@PathVariable long id, @RequestBody Note body) {
        review.returnForRevision(id, body.note());
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "交办：SOLE 单办、LEAD_WITH_CO 主办+会办、SPLIT 分办")
    Map<String, Long> assign(@PathVariable long id, @RequestBody Assignment body) {
        return Map.of("caseId", handling.assign(id, body.mode(), body.responsibleUnits(), body.coUnits()));
    }

    @Operation(summary = "办结提案")
    @PostMapping("/{id}/close")
    void close(@PathVariable long id) {
        handling.close(id);
    }

    @Operation(summary = "重新打开已办结的提案（须填说明）")
    @PostMapping("/{id}/reopen")
    void reopen(@PathVariable long id, @RequestBody Note body) {
        handling.reopen(id, body.note());
    }

    @Operation(summary = "列为重点提案并确定督办领导")
    @PostMapping("/{id}/key")
    void key(@PathVariable long id, @RequestBody Leaders body) {
        keyProposals.markKey(id, body.leaders());
    }

    @Operation(summary = "登记重点提案的督办情况")
    @PostMapping("/{id}/supervisions")
    void supervision(@PathVariable long id, @RequestBody SupervisionRecord body) {
        keyProposals.recordSupervision(id, body.kind(), body.heldOn(), body.note());
    }

    @Operation(summary = "评为优秀提案（年度）")
    @PostMapping("/{id}/outstanding")
    void outstanding(@PathVariable long id, @RequestBody Outstanding body) {
        keyProposals.markOutstanding(id, body.year(), body.outstanding());
    }

    record Versioned(int version, ProposalDraft data) {
    }

    record Invitations(List<Long> memberIds) {
    }

    record Decision(boolean confirm) {
    }

    record Note(String note) {
    }

    record Rejection(String reason, String note, ReviewProposals.Conversion conversion) {
    }

    record Merge(long targetId, String note) {
    }

    record Assignment(HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
    }

    record Leaders(List<String> leaders) {
    }

    record SupervisionRecord(String kind, LocalDate heldOn, String note) {
    }

    record Outstanding(int year, boolean outstanding) {
    }
}
