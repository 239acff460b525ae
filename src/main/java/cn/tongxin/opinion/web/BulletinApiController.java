package cn.tongxin.opinion.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import cn.tongxin.opinion.AssembleBulletins;
import cn.tongxin.opinion.BulletinQueries;
import cn.tongxin.opinion.EditReports;
import cn.tongxin.opinion.IssueBulletins;
import cn.tongxin.opinion.ItemOutcomes;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.Outcomes;

/** Edited items and bulletins: the same use cases as the pages, under /api/v1. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "社情民意", description = "报送、处理、编辑、期刊编发、报送上级、采用与批示、统计")
class BulletinApiController {

    private final BulletinQueries bulletinQueries;
    private final EditReports edit;
    private final AssembleBulletins bulletins;
    private final IssueBulletins issue;
    private final ItemOutcomes outcomes;

    BulletinApiController(BulletinQueries bulletinQueries, EditReports edit, AssembleBulletins bulletins, IssueBulletins issue,
                          ItemOutcomes outcomes) {
        this.bulletinQueries = bulletinQueries;
        this.edit = edit;
        this.bulletins = bulletins;
        this.issue = issue;
        this.outcomes = outcomes;
    }

    @Operation(summary = "编辑稿详情：原文、编辑后的文字与修改对照、所在期刊、报送与采用批示情况")
    @GetMapping("/opinion-items/{id}")
    BulletinQueries.ItemView item(@PathVariable long id) {
        return bulletinQueries.item(id);
    }

    @Operation(summary = "修改编辑稿（编发前；须带读取时的 version）")
    @PostMapping("/opinion-items/{id}/revise")
    void revise(@PathVariable long id, @RequestBody OpinionApiController.Revision body) {
        edit.revise(id, body.title(), body.body(), body.version());
    }

    @Operation(summary = "登记编辑稿报送（报送层级、日期）")
    @PostMapping("/opinion-items/{id}/forwards")
    void forward(@PathVariable long id, @RequestBody Forward body) {
        outcomes.forward(id, body.level(), body.on(), body.note());
    }

    @Operation(summary = "登记编辑稿被采用（层级、单篇或综合、日期）")
    @PostMapping("/opinion-items/{id}/adoptions")
    void adopt(@PathVariable long id, @RequestBody Adoption body) {
        outcomes.adopt(id, body.level(), Boolean.TRUE.equals(body.combined()), body.on(), body.note());
    }

    @Operation(summary = "登记领导对编辑稿的批示")
    @PostMapping("/opinion-items/{id}/instructions")
    void instruct(@PathVariable long id, @RequestBody Outcomes.InstructionForm body) {
        outcomes.instruct(id, body);
    }

    @GetMapping("/bulletins")
    @Operation(summary = "期刊列表，可按年度（编发日期所在年）和系列筛选")
    List<BulletinQueries.BulletinSummary> bulletins(@RequestParam(required = false) Integer year,
                                                    @RequestParam(required = false) String series) {
        return bulletinQueries.bulletins(year, series);
    }

    @GetMapping("/bulletin-series")
    @Operation(summary = "本会的期刊系列（如《社情民意》《委员建言》），在字典“期刊系列”中维护")
    List<DictionaryKind.Entry> series() {
        return bulletinQueries.series();
    }

    @Operation(summary = "一期刊物：期号、报送对象与所收编辑稿")
    @GetMapping("/bulletins/{id}")
    BulletinQueries.BulletinPage bulletin(@PathVariable long id) {
        return bulletinQueries.bulletin(id);
    }

    @Operation(summary = "新建一期刊物草稿（系列不填为第一个系列）")
    @PostMapping("/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> createBulletin(@RequestBody NewBulletin body) {
        return Map.of("id", bulletins.create(body.series(), body.title(), body.recipients()));
    }

    @Operation(summary = "把编辑稿选入本期刊物")
    @PostMapping("/bulletins/{id}/items")
    void addItem(@PathVariable long id, @RequestBody ItemRef body) {
        bulletins.addItem(id, body.itemId());
    }

    @DeleteMapping("/bulletins/{id}/items/{itemId}")
    @Operation(summary = "从未编发的一期中移出编辑稿")
    void removeItem(@PathVariable long id, @PathVariable long itemId) {
        bulletins.removeItem(id, itemId);
    }

    @PostMapping("/bulletins/{id}/issue")
    @Operation(summary = "编发：按系列、按编发日期所在年度顺序编期号（无空号、无重号）")
    Map<String, Integer> issue(@PathVariable long id, @RequestBody(required = false) Issue body) {
        return Map.of("number", issue.issue(id, body == null ? null : body.issuedOn()));
    }

    record Forward(AdoptionLevel level, LocalDate on, String note) {
    }

    record Adoption(AdoptionLevel level, Boolean combined, LocalDate on, String note) {
    }

    /** {@code series}: a code of the committee's series (null: the first, 《社情民意》). */
    record NewBulletin(String series, String title, String recipients) {
    }

    record ItemRef(long itemId) {
    }

    record Issue(LocalDate issuedOn) {
    }
}
