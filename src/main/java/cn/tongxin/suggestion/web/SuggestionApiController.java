package cn.tongxin.suggestion.web;

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

import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.suggestion.ReviewSuggestions;
import cn.tongxin.suggestion.SubmitSuggestions;
import cn.tongxin.suggestion.SuggestionConversion;
import cn.tongxin.suggestion.SuggestionQueries;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.suggestion.SuggestionView;

@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "微建议", description = "提出、撤回、审核（受理并交办、不予受理、转办）、办结、统计；办理与评价见“交办办理”")
class SuggestionApiController {

    private final SubmitSuggestions submit;
    private final ReviewSuggestions review;
    private final SuggestionQueries queries;

    SuggestionApiController(SubmitSuggestions submit, ReviewSuggestions review, SuggestionQueries queries) {
        this.submit = submit;
        this.review = review;
        this.queries = queries;
    }


    @Operation(summary = "微建议列表（按状态、年度筛选）",
            description = "机关工作人员和领导看到本会全部，委员看到本人的，承办单位看到交办给本单位的。received=true 只列已收到的"
                    + "（不含已撤回），与工作台“微建议”数字和统计中的“收到”口径相同。")
    @GetMapping
    PageResult<SuggestionView> apiList(@RequestParam(required = false) SuggestionStatus status, @RequestParam(required = false) Integer year,
                                       @Parameter(description = "true：只列已收到的微建议（不含已撤回），即工作台“微建议”数字的口径")
                                       @RequestParam(required = false) Boolean received,
                                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) Long committeeId) {
        return queries.list(status, year, Boolean.TRUE.equals(received), PageQuery.of(page, size), committeeId);
    }

    @Operation(summary = "微建议详情，含办理情况")
    @GetMapping("/{id}")
    SuggestionQueries.SuggestionPage apiGet(@PathVariable long id, @RequestParam(required = false) Long committeeId) {
        return queries.page(id, committeeId);
    }

    @Operation(summary = "提交微建议（可附照片与地点；工作人员可代委员录入）")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SuggestionQueries.SuggestionPage apiCreate(@RequestBody NewSuggestion body) {
        return queries.page(submit.submit(body.requestKey(), body.title(), body.body(), body.place(), List.of(), body.memberId(),
                body.receivedOn()));
    }

    @Operation(summary = "工作人员受理微建议并交一个承办单位办理")
    @PostMapping("/{id}/accept")
    Map<String, Long> apiAccept(@PathVariable long id, @RequestBody Accept body) {
        return Map.of("caseId", review.accept(id, body.unitId()));
    }

    @Operation(summary = "工作人员不予受理（须填理由）")
    @PostMapping("/{id}/reject")
    void apiReject(@PathVariable long id, @RequestBody Reason body) {
        review.reject(id, body.reason());
    }

    @Operation(summary = "转为提案草稿或社情民意信息（互相关联）")
    @PostMapping("/{id}/convert")
    Map<String, Long> apiConvert(@PathVariable long id, @RequestBody Convert body) {
        return Map.of("id", review.convert(id, body.to()));
    }

    @Operation(summary = "委员撤回尚未受理的微建议")
    @PostMapping("/{id}/withdraw")
    void apiWithdraw(@PathVariable long id) {
        submit.withdraw(id);
    }

    @Operation(summary = "办结微建议")
    @PostMapping("/{id}/close")
    void apiClose(@PathVariable long id) {
        review.close(id);
    }

    /** committeeId: a committee below the user's (figures only; see CommitteeAccess#figures). */
    @Operation(summary = "微建议统计（办复率及其公式、按承办单位）")
    @GetMapping("/statistics")
    SuggestionQueries.Statistics apiStatistics(@RequestParam(required = false) Integer year,
                                               @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                               @RequestParam(required = false) Long committeeId) {
        return queries.statistics(year, from, to, committeeId);
    }

    /** {@code memberId}, {@code receivedOn}: staff entering one on a member's behalf, received that day (null: today). */
    record NewSuggestion(String requestKey, String title, String body, String place, Long memberId, java.time.LocalDate receivedOn) {
    }

    record Accept(Long unitId) {
    }

    record Reason(String reason) {
    }

    record Convert(SuggestionConversion to) {
    }
}
