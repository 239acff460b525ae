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

import cn.tongxin.participation.CitizenOpinionStatus;
import cn.tongxin.participation.TriageOpinions;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/citizen-opinions")
@Tag(name = "公众参与")
class OpinionTriageApiController {

    private final TriageOpinions triage;
    private final cn.tongxin.participation.CitizenOpinionStatistics statistics;
    private final java.time.Clock clock;

    OpinionTriageApiController(TriageOpinions triage, cn.tongxin.participation.CitizenOpinionStatistics statistics, java.time.Clock clock) {
        this.triage = triage;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "群众意见建议（默认已受理待处理的），新的在前")
    PageResult<TriageOpinions.Row> list(@RequestParam(required = false) CitizenOpinionStatus status,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return triage.list(status, PageQuery.of(page, size));
    }

    @GetMapping("/statistics")
    @Operation(summary = "群众意见建议统计：按工作室和全会，收到、直接答复、转办（year 或 from/to，默认今年）")
    cn.tongxin.participation.CitizenOpinionStatistics.Figures statistics(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to) {
        return statistics.of(cn.tongxin.shared.DateRange.resolve(year, from, to, java.time.LocalDate.now(clock)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条群众意见建议，含姓名和手机号（机关工作人员；每次查看记入审计日志）")
    TriageOpinions.Detail detail(@PathVariable long id) {
        return triage.detail(id);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "直接答复群众（可凭追踪码查看）")
    void reply(@PathVariable long id, @RequestBody ReplyRequest request) {
        triage.reply(id, request.text());
    }

    @PostMapping("/{id}/suggestion")
    @Operation(summary = "转为微建议：代委员提出，答复群众去向；两者相互关联")
    Converted convert(@PathVariable long id, @RequestBody ConvertRequest request) {
        if (request.memberId() == null) {
            throw BusinessException.invalid("请选择代为提出微建议的委员");
        }
        return new Converted(triage.convertToSuggestion(id, request.memberId(), request.title(), request.reply()));
    }

    record ReplyRequest(String text) {
    }

    record ConvertRequest(Long memberId, String title, String reply) {
    }

    record Converted(long suggestionId) {
    }
}
