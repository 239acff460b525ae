package cn.tongxin.performance.award;

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
import io.swagger.v3.oas.annotations.tags.Tag;

/** Award campaigns, the same steps as their pages. */
@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "评选", description = "评选（筹备 → 提名 → 评审 → 已决定 → 已公布）：候选据履职记录推荐，工作人员提名、评审、决定并公布")
class AwardApiController {

    private final AwardQueries queries;
    private final AwardCampaignSteps steps;
    private final AwardReview review;
    private final PublishAwards publication;

    AwardApiController(AwardQueries queries, AwardCampaignSteps steps, AwardReview review, PublishAwards publication) {
        this.queries = queries;
        this.steps = steps;
        this.review = review;
        this.publication = publication;
    }

    @GetMapping
    @Operation(summary = "本会的评选（委员只见已公布的）")
    List<AwardQueries.CampaignSummary> list(@RequestParam(required = false) Integer year) {
        return queries.list(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "设立评选（优秀委员的名额按参数设置的比例确定）")
    Map<String, Long> create(@RequestBody NewCampaign body) {
        return Map.of("id", steps.create(body.year(), body.kind(), body.title()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "评选及其候选、数据和当前用户可做的操作（委员只见已公布的获评名单）")
    AwardQueries.CampaignPage show(@PathVariable long id) {
        return queries.show(id);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "开始提名：据履职记录推荐候选")
    Map<String, Integer> open(@PathVariable long id) {
        return Map.of("proposed", steps.open(id));
    }

    @PostMapping("/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提名候选（附提名理由）")
    Map<String, Long> nominate(@PathVariable long id, @RequestBody Nomination body) {
        return Map.of("id", steps.nominate(id, body));
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "进入评审")
    void startReview(@PathVariable long id) {
        steps.startReview(id);
    }

    @PostMapping("/{id}/candidates/{candidateId}/shortlist")
    @Operation(summary = "列入建议名单（可附评审意见）")
    void shortlist(@PathVariable long id, @PathVariable long candidateId, @RequestBody(required = false) Note body) {
        review.shortlist(id, candidateId, body == null ? null : body.note());
    }

    @PostMapping("/{id}/candidates/{candidateId}/remove")
    @Operation(summary = "移出候选（须填写理由）")
    void remove(@PathVariable long id, @PathVariable long candidateId, @RequestBody(required = false) Note body) {
        review.remove(id, candidateId, body == null ? null : body.note());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "决定获评名单（优秀委员不得超过名额）")
    void decide(@PathVariable long id, @RequestBody Decision body) {
        review.decide(id, body.winnerIds(), body.note());
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "公布结果：获评委员记入履职档案，优秀提案同时标记")
    void publish(@PathVariable long id) {
        publication.publish(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "撤销评选（已公布的不能撤销）")
    void cancel(@PathVariable long id, @RequestBody(required = false) Note body) {
        steps.cancel(id, body == null ? null : body.note());
    }

    record NewCampaign(Integer year, AwardKind kind, String title) {
    }

    record Note(String note) {
    }

    record Decision(List<Long> winnerIds, String note) {
    }
}
