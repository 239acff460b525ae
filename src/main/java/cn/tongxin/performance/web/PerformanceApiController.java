package cn.tongxin.performance.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.performance.PerformanceExports;
import cn.tongxin.performance.PerformanceRecords;
import cn.tongxin.performance.Ranking;
import cn.tongxin.performance.TermRecords;
import cn.tongxin.web.Downloads;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "履职档案", description = "委员的年度履职记录与积分、任期汇总、排名、提醒名单")
class PerformanceApiController {

    private final PerformanceRecords records;
    private final TermRecords terms;
    private final Ranking ranking;
    private final PerformanceExports exports;

    PerformanceApiController(PerformanceRecords records, TermRecords terms, Ranking ranking, PerformanceExports exports) {
        this.records = records;
        this.terms = terms;
        this.ranking = ranking;
        this.exports = exports;
    }

    @GetMapping("/members/{id}/performance")
    @Operation(summary = "委员的年度履职记录：每条记录的得分与规则项、分类小计、总分、等次、最低要求、提醒事项（本人或本会工作人员、领导）")
    RecordView member(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return RecordView.of(records.of(id, year));
    }

    @GetMapping("/members/{id}/performance/term")
    @Operation(summary = "委员本届各年度的总分、等次和分类小计")
    TermRecords.Term term(@PathVariable long id) {
        return terms.of(id);
    }

    @GetMapping("/performance/me")
    @Operation(summary = "我的履职（当前委员本人的年度记录）")
    RecordView mine(@RequestParam(required = false) Integer year) {
        return RecordView.of(records.mine(year));
    }

    @GetMapping("/performance/ranking")
    @Operation(summary = "履职排名（按年度已发布规则；可按界别 sector、专委会 specialCommittee、工作室 studio、常委 standing 筛选；每页50人），含等次分布和界别、工作室汇总")
    Ranking.Board ranking(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long sector,
                          @RequestParam(required = false) Long specialCommittee, @RequestParam(required = false) Long studio,
                          @RequestParam(required = false) Boolean standing, @RequestParam(required = false) Integer page) {
        return ranking.board(year, new Ranking.Filter(sector, specialCommittee, studio, standing), page);
    }

    @GetMapping("/performance/ranking.xlsx")
    @Operation(summary = "履职排名导出 .xlsx（筛选同排名）")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long sector,
                                  @RequestParam(required = false) Long specialCommittee, @RequestParam(required = false) Long studio,
                                  @RequestParam(required = false) Boolean standing) {
        byte[] file = exports.ranking(year, new Ranking.Filter(sector, specialCommittee, studio, standing));
        return Downloads.of("履职考评排名" + (year == null ? "" : "-" + year) + ".xlsx", Downloads.XLSX, file);
    }

    @GetMapping("/performance/flags")
    @Operation(summary = "提醒谈话名单：有提醒事项的委员及各事项含义（仅列出，平台不自动处理）")
    Ranking.Flagged flags(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page) {
        return ranking.flags(year, page);
    }
}
