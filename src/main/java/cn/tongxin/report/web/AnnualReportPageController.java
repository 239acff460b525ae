package cn.tongxin.report.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.report.AnnualAccounts;
import cn.tongxin.report.AnnualDocuments;
import cn.tongxin.report.AnnualLocks;
import cn.tongxin.report.AnnualRecords;
import cn.tongxin.report.AnnualRequest;
import cn.tongxin.report.ReportTemplates;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Downloads;

/** 年度报告数字 pages; each step is also an API operation ({@link AnnualReportApiController}) on the same services. */
@Controller
class AnnualReportPageController {

    private final AnnualAccounts accounts;
    private final AnnualRecords records;
    private final AnnualLocks locks;
    private final AnnualDocuments documents;
    private final ReportTemplates templates;

    AnnualReportPageController(AnnualAccounts accounts, AnnualRecords records, AnnualLocks locks, AnnualDocuments documents,
                               ReportTemplates templates) {
        this.accounts = accounts;
        this.records = records;
        this.locks = locks;
        this.documents = documents;
        this.templates = templates;
    }

    @GetMapping("/reports/annual")
    String page(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long committeeId, @RequestParam(required = false) String scope, Model model) {
        var account = accounts.account(new AnnualRequest(year, from, to, committeeId, scope));
        model.addAttribute("account", account);
        model.addAttribute("charts", AnnualCharts.of(account));
        model.addAttribute("template", templates.current());
        return "report/annual";
    }

    @GetMapping("/reports/annual/records")
    String records(@RequestParam(required = false) String figure, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Long committeeId, @RequestParam(required = false) Integer page, Model model) {
        var request = new AnnualRequest(year, from, to, committeeId, null);
        var account = accounts.account(request);
        model.addAttribute("records", records.records(request, figure, PageQuery.of(page, 50)));
        var line = java.util.stream.Stream.of(account.figures(), account.categories(), account.activityTypes(), account.outputs(), account.people()).flatMap(java.util.List::stream)
                .filter(l -> l.code().equals(figure)).findFirst();
        model.addAttribute("line", line.orElse(null));
        model.addAttribute("account", account);
        model.addAttribute("figure", figure);
        return "report/records";
    }

    @PostMapping("/reports/annual/lock")
    String lock(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                RedirectAttributes redirect) {
        try {
            var lock = locks.lock(year, adoptedOn);
            redirect.addFlashAttribute("notice", year + " 年度的数字已锁定（工作报告通过日期 " + lock.adoptedOn() + "）");
        } catch (BusinessException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/annual" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/reports/annual/document")
    ResponseEntity<byte[]> document(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Long committeeId, @RequestParam(required = false) String scope) {
        var d = documents.docx(new AnnualRequest(year, from, to, committeeId, scope));
        return Downloads.of(d.filename(), Downloads.DOCX, d.content());
    }

    @GetMapping("/reports/annual/template")
    ResponseEntity<byte[]> bundledTemplate() {
        templates.current();
        var d = documents.bundledTemplate();
        return Downloads.of(d.filename(), Downloads.DOCX, d.content());
    }

    @PostMapping("/reports/annual/template")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            templates.upload(file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "已使用本政协上传的模板");
        } catch (BusinessException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/annual";
    }

    @PostMapping("/reports/annual/template/reset")
    @ApiTwin("DELETE /api/v1/reports/annual/template")
    String reset(RedirectAttributes redirect) {
        templates.reset();
        redirect.addFlashAttribute("notice", "已恢复使用系统自带模板");
        return "redirect:/reports/annual";
    }
}
