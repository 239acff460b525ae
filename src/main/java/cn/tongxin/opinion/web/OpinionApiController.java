package cn.tongxin.opinion.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.opinion.EditReports;
import cn.tongxin.opinion.SubmitUpward;
import cn.tongxin.opinion.OpinionQueries;
import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatistics;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.opinion.ReportForm;
import cn.tongxin.opinion.ReportSummary;
import cn.tongxin.opinion.ReviseReports;
import cn.tongxin.opinion.SubmitReports;
import cn.tongxin.opinion.TriageReports;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "社情民意", description = "报送、处理、编辑、期刊编发、报送上级、采用与批示、统计")
class OpinionApiController {

    private final OpinionQueries queries;
    private final SubmitReports submit;
    private final ReviseReports revise;
    private final TriageReports triage;
    private final EditReports edit;
    private final OpinionStatistics statistics;
    private final SubmitUpward upward;

    OpinionApiController(OpinionQueries queries, SubmitReports submit, ReviseReports revise, TriageReports triage, EditReports edit,
                         OpinionStatistics statistics, SubmitUpward upward) {
        this.upward = upward;
        this.queries = queries;
        this.submit = submit;
        this.revise = revise;
        this.triage = triage;
        this.edit = edit;
        this.statistics = statistics;
    }

    @Operation(summary = "社情民意信息列表（按关键词、状态、年度筛选）",
            description = "机关工作人员和领导看到本会全部，其他人看到本人报送或署名的。received=true 只列已收到的（不含已撤回），"
                    + "与工作台“社情民意信息”数字的口径相同。")
    @GetMapping("/opinions")
    PageResult<ReportSummary> list(@RequestParam(required = false) String keyword, @RequestParam(required = false) OpinionStatus status,
                                   @RequestParam(required = false) OpinionSource source, @RequestParam(required = false) Integer year,
                                   @Parameter(description = "true：只列已收到的信息（不含已撤回），即工作台“社情民意信息”数字的口径")
                                   @RequestParam(required = false) Boolean received,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) Long committeeId) {
        return queries.list(new OpinionQueries.Criteria(keyword, status, source, year, null, received), PageQuery.of(page, size), committeeId);
    }

    @GetMapping("/opinions/{id}")
    @Operation(summary = "一件社情民意信息；committeeId 为授权本会查阅的下级政协时只读查阅")
    OpinionQueries.ReportPage get(@PathVariable long id, @RequestParam(required = false) Long committeeId) {
        return queries.page(id, committeeId);
    }

    @PostMapping("/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报送社情民意信息（同一 requestKey 只建一件）")
    OpinionQueries.ReportPage create(@RequestBody ReportForm form) {
        return queries.page(submit.submit(form, List.of()));
    }

    @Operation(summary = "修改后重新报送被退回的信息")
    @PostMapping("/opinions/{id}/resubmit")
    void resubmit(@PathVariable long id, @RequestBody Revision body) {
        revise.resubmit(id, body.title(), body.body(), body.version());
    }

    @Operation(summary = "作者撤回尚未处理的信息")
    @PostMapping("/opinions/{id}/withdraw")
    void withdraw(@PathVariable long id) {
        revise.withdraw(id);
    }

    public record UpwardResult(long upperReportId) {
    }

    @PostMapping("/opinions/{id}/upward")
    @Operation(summary = "报送上级政协：已采编的信息进入上级政协的信息受理，两边互相关联；上级采用、批示后回报本会")
    UpwardResult submitUpward(@PathVariable long id) {
        return new UpwardResult(upward.submit(id));
    }

    @Operation(summary = "工作人员采编信息（可附说明）")
    @PostMapping("/opinions/{id}/accept")
    void accept(@PathVariable long id, @RequestBody(required = false) Note body) {
        triage.accept(id, body == null ? null : body.note());
    }

    @Operation(summary = "工作人员将信息存档（不采编，可附说明）")
    @PostMapping("/opinions/{id}/archive")
    void archive(@PathVariable long id, @RequestBody(required = false) Note body) {
        triage.archive(id, body == null ? null : body.note());
    }

    @Operation(summary = "工作人员退回信息，请作者修改（须填说明）")
    @PostMapping("/opinions/{id}/return")
    void returnReport(@PathVariable long id, @RequestBody Note body) {
        triage.returnToAuthor(id, body.note());
    }

    @Operation(summary = "工作人员将信息转为提案线索，交给一位委员")
    @PostMapping("/opinions/{id}/clue")
    void clue(@PathVariable long id, @RequestBody Clue body) {
        triage.passAsProposalClue(id, body.memberId(), body.note());
    }

    @PostMapping("/opinion-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "编辑：一条或合并多条已采编信息为一个编辑稿")
    Map<String, Long> edit(@RequestBody Edit body) {
        return Map.of("itemId", edit.edit(body.reportIds(), body.title(), body.text()));
    }

    @GetMapping("/opinions/statistics")
    @Operation(summary = "社情民意统计（年度 year 或日期 from/to）；committeeId 为下级政协时只给数字，经其授权才列出作者")
    OpinionStatistics.Report statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long committeeId) {
        return statistics.report(year, from, to, committeeId);
    }

    record Revision(String title, String body, int version) {
    }

    record Note(String note) {
    }

    record Clue(Long memberId, String note) {
    }

    record Edit(List<Long> reportIds, String title, String text) {
    }
}
