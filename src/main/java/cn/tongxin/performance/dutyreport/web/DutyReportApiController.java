package cn.tongxin.performance.dutyreport.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.performance.dutyreport.DutyReportDocuments;
import cn.tongxin.performance.dutyreport.DutyReportQueries;
import cn.tongxin.performance.dutyreport.DutyReportStatus;
import cn.tongxin.performance.dutyreport.DutyReportSummary;
import cn.tongxin.performance.dutyreport.DutyReportView;
import cn.tongxin.performance.dutyreport.ReviewDutyReports;
import cn.tongxin.performance.dutyreport.WriteDutyReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.web.Downloads;

@RestController
@RequestMapping("/api/v1/duty-reports")
@Tag(name = "年度履职报告", description = "委员撰写、提交；工作人员审核（通过、退回修改）、公开；下载 .docx；未提交的常委")
class DutyReportApiController {

    private final WriteDutyReports write;
    private final ReviewDutyReports review;
    private final DutyReportQueries queries;
    private final DutyReportDocuments documents;

    DutyReportApiController(WriteDutyReports write, ReviewDutyReports review, DutyReportQueries queries,
                            DutyReportDocuments documents) {
        this.write = write;
        this.review = review;
        this.queries = queries;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "某年度的履职报告：工作人员和领导看已提交的全部，委员看已公开的")
    PageResult<DutyReportSummary> list(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) DutyReportStatus status,
                                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(year, status, PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "打开本人某年度的履职报告（没有则新建草稿，数据从履职档案填入）")
    DutyReportView openMine(@RequestBody(required = false) Year body) {
        return queries.view(write.openMine(body == null ? null : body.year()));
    }

    @Operation(summary = "一份述职报告")
    @GetMapping("/{id}")
    DutyReportView get(@PathVariable long id) {
        return queries.view(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改履职总结和下一步打算（须带读取时的 version，用于检测并发修改）")
    DutyReportView update(@PathVariable long id, @RequestBody Text body) {
        if (body.version() == null) {
            throw BusinessException.invalid("请带上读取报告时的 version");
        }
        write.update(id, body.version(), body.summary(), body.plans());
        return queries.view(id);
    }

    @Operation(summary = "委员提交述职报告")
    @PostMapping("/{id}/submit")
    DutyReportView submit(@PathVariable long id) {
        write.submit(id);
        return queries.view(id);
    }

    @Operation(summary = "工作人员接收述职报告")
    @PostMapping("/{id}/accept")
    DutyReportView accept(@PathVariable long id) {
        review.accept(id);
        return queries.view(id);
    }

    @Operation(summary = "工作人员退回述职报告，请委员修改（可附理由）")
    @PostMapping("/{id}/return")
    DutyReportView returnForRevision(@PathVariable long id, @RequestBody(required = false) Reason body) {
        review.returnForRevision(id, body == null ? null : body.reason());
        return queries.view(id);
    }

    @Operation(summary = "公开述职报告")
    @PostMapping("/{id}/publish")
    DutyReportView publish(@PathVariable long id) {
        review.publish(id);
        return queries.view(id);
    }

    @Operation(summary = "述职报告 Word 文档")
    @GetMapping("/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        var doc = documents.docx(id);
        return Downloads.of(doc.filename(), Downloads.DOCX, doc.content());
    }

    @GetMapping("/missing")
    @Operation(summary = "未提交年度履职报告的常委（仅列出，不作处理）")
    DutyReportQueries.Missing missing(@RequestParam(required = false) Integer year) {
        return queries.missingStanding(year);
    }

    record Year(Integer year) {
    }

    record Text(Integer version, String summary, String plans) {
    }

    record Reason(String reason) {
    }
}
