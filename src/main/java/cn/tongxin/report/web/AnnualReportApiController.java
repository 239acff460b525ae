package cn.tongxin.report.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.tongxin.report.AnnualAccount;
import cn.tongxin.report.AnnualAccounts;
import cn.tongxin.report.AnnualDocuments;
import cn.tongxin.report.AnnualLocks;
import cn.tongxin.report.AnnualRecords;
import cn.tongxin.report.AnnualRequest;
import cn.tongxin.report.ReportTemplates;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "年度报告", description = "常委会工作报告的年度数字：定义、上年比较、明细记录、锁定与 Word 文档")
class AnnualReportApiController {

    private final AnnualAccounts accounts;
    private final AnnualRecords records;
    private final AnnualLocks locks;
    private final AnnualDocuments documents;
    private final ReportTemplates templates;

    AnnualReportApiController(AnnualAccounts accounts, AnnualRecords records, AnnualLocks locks, AnnualDocuments documents,
                              ReportTemplates templates) {
        this.accounts = accounts;
        this.records = records;
        this.locks = locks;
        this.documents = documents;
        this.templates = templates;
    }

    @GetMapping("/api/v1/reports/annual")
    @Operation(summary = "年度数字：每项附定义、上年数（上年已锁定则用其公布数）与增减；已锁定年度附公布数与差异。"
            + "committeeId 可为下级政协（只看数字），scope=system 为本级及下级政协合计并逐个列出")
    AnnualAccount annual(@RequestParam(required = false) Integer year,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Long committeeId, @RequestParam(required = false) String scope) {
        return accounts.account(new AnnualRequest(year, from, to, committeeId, scope));
    }

    @GetMapping("/api/v1/reports/annual/records")
    @Operation(summary = "某项数字所统计的记录（与该数字同一查询口径），分页；本级政协，或经授权的下级政协（committeeId，只读）")
    PageResult<CountedRecord> records(@RequestParam(required = false) String figure, @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Long committeeId, @RequestParam(required = false) String scope,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return records.records(new AnnualRequest(year, from, to, committeeId, scope), figure, PageQuery.of(page, size));
    }

    record LockRequest(Integer year, LocalDate adoptedOn) {
    }

    @PostMapping("/api/v1/reports/annual/lock")
    @Operation(summary = "工作报告通过后锁定该年度数字（保存公布数与通过日期；不可解锁，以后的更正显示为差异）")
    AnnualAccount.Lock lock(@RequestBody LockRequest request) {
        return locks.lock(request.year(), request.adoptedOn());
    }

    @GetMapping("/api/v1/reports/annual/document")
    @Operation(summary = "年度报告 Word 文档（数字表、图表、重点提案、被采用的信息）")
    ResponseEntity<byte[]> document(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Long committeeId, @RequestParam(required = false) String scope) {
        var d = documents.docx(new AnnualRequest(year, from, to, committeeId, scope));
        return Downloads.of(d.filename(), Downloads.DOCX, d.content());
    }

    @GetMapping("/api/v1/reports/annual/template")
    @Operation(summary = "下载系统自带的年度报告模板（可在 Word 中修改样式后上传）")
    ResponseEntity<byte[]> bundledTemplate() {
        templates.current();
        var d = documents.bundledTemplate();
        return Downloads.of(d.filename(), Downloads.DOCX, d.content());
    }

    @PostMapping("/api/v1/reports/annual/template")
    @Operation(summary = "上传本政协的年度报告模板（.docx）")
    ReportTemplates.TemplateInfo upload(@RequestPart("file") MultipartFile file) throws IOException {
        templates.upload(file.getOriginalFilename(), file.getBytes());
        return templates.current();
    }

    @DeleteMapping("/api/v1/reports/annual/template")
    @Operation(summary = "恢复使用系统自带的年度报告模板")
    ReportTemplates.TemplateInfo reset() {
        templates.reset();
        return templates.current();
    }
}
