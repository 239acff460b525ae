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
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/citizen-opinions")
@Tag(name = "公众参与")
class OpinionTriageApiController {

    private final TriageOpinions triage;
    private final cn.tongxin.participation.StudioDeeds deeds;
    private final cn.tongxin.participation.CitizenOpinionStatistics statistics;
    private final java.time.Clock clock;

    OpinionTriageApiController(TriageOpinions triage, cn.tongxin.participation.StudioDeeds deeds,
                               cn.tongxin.participation.CitizenOpinionStatistics statistics, java.time.Clock clock) {
        this.triage = triage;
        this.deeds = deeds;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "群众意见建议（默认已受理待处理的），新的在前；工作室委员只看到本工作室的")
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
    @Operation(summary = "一条群众意见建议，含姓名和手机号（机关工作人员和该工作室的委员；每次查看记入审计日志）")
    TriageOpinions.Detail detail(@PathVariable long id) {
        return triage.detail(id);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "直接答复群众（可凭追踪码查看）")
    void reply(@PathVariable long id, @RequestBody ReplyRequest request) {
        triage.reply(id, request.text());
    }

    @PostMapping("/{id}/suggestion")
    @Operation(summary = "转为微建议：工作人员代委员提出（须 memberId），工作室委员以本人名义提出；答复群众去向；两者相互关联")
    Converted convert(@PathVariable long id, @RequestBody ConvertRequest request) {
        return new Converted(triage.convertToSuggestion(id, request.memberId(), request.title(), request.reply()));
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "转为社情民意信息",
            description = "经社情民意模块的报送流程报送：工作人员代委员报送（须 memberId），工作室委员以本人名义报送；category 为提案分类代码。"
                    + "群众凭追踪码看到 reply；两者相互关联。非本工作室的意见建议为 404，已转办的为 409，缺项为 422。")
    ConvertedTo toReport(@PathVariable long id, @RequestBody ConvertRequest request) {
        return new ConvertedTo(triage.convertToReport(id, request.memberId(), request.title(), request.category(), request.reply()));
    }

    @PostMapping("/{id}/clue")
    @Operation(summary = "转为提案线索（委员的提案草稿）",
            description = "在委员的提案草稿中新建一件草稿，正文为群众的意见建议，由委员修改后提交：工作人员须 memberId，工作室委员为本人。"
                    + "category 为提案分类代码。非本工作室的意见建议为 404，已转办的为 409，缺项为 422。")
    ConvertedTo toClue(@PathVariable long id, @RequestBody ConvertRequest request) {
        return new ConvertedTo(triage.convertToClue(id, request.memberId(), request.title(), request.category(), request.reply()));
    }

    @PostMapping("/{id}/deed")
    @Operation(summary = "记录为民办实事（由该意见建议而来）",
            description = "title 办了什么、beneficiary 为谁办、happenedOn 办理日期（不晚于今天）、detail 办理情况、reply 告诉群众的话（可选）。"
                    + "工作人员可指定该工作室的委员 memberId；工作室委员记在本人名下。佐证材料另用 POST /api/v1/studio-deeds（multipart）。")
    ConvertedTo toDeed(@PathVariable long id, @RequestBody cn.tongxin.participation.DeedForm form) {
        return new ConvertedTo(deeds.record(new cn.tongxin.participation.DeedForm(form.studioId(), form.memberId(), form.title(),
                form.beneficiary(), form.detail(), form.happenedOn(), id, form.reply()), java.util.List.of()));
    }

    record ReplyRequest(String text) {
    }

    record ConvertRequest(Long memberId, String title, String category, String reply) {
    }

    record Converted(long suggestionId) {
    }

    record ConvertedTo(long id) {
    }
}
