package cn.tongxin.performance.dutyreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.performance.dutyreport.DutyReportDocuments;
import cn.tongxin.performance.dutyreport.DutyReportQueries;
import cn.tongxin.performance.dutyreport.DutyReportStatus;
import cn.tongxin.performance.dutyreport.ReviewDutyReports;
import cn.tongxin.performance.dutyreport.WriteDutyReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** 年度履职报告 pages: the member's own report, the lists, one report, the standing members who owe one. */
@Controller
class DutyReportPageController {

    private final WriteDutyReports write;
    private final ReviewDutyReports review;
    private final DutyReportQueries queries;
    private final DutyReportDocuments documents;
    private final Clock clock;

    DutyReportPageController(WriteDutyReports write, ReviewDutyReports review, DutyReportQueries queries,
                             DutyReportDocuments documents, Clock clock) {
        this.write = write;
        this.review = review;
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/performance/duty-report")
    String mine(@RequestParam(required = false) Integer year, Model model) {
        var report = queries.mine(year);
        int y = report.map(r -> r.year()).orElseGet(() -> year == null ? LocalDate.now(clock).getYear() : year);
        model.addAttribute("year", y);
        model.addAttribute("years", IntStream.rangeClosed(0, 4).map(i -> LocalDate.now(clock).getYear() - i).boxed().toList());
        report.ifPresent(r -> {
            model.addAttribute("report", r);
            model.addAttribute("summary", r.summary());
            model.addAttribute("plans", r.plans());
            model.addAttribute("version", r.version());
        });
        return "performance/dutyreport/mine";
    }

    @PostMapping("/performance/duty-report")
    @ApiTwin("POST /api/v1/duty-reports")
    String start(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        long id = write.openMine(year);
        redirect.addFlashAttribute("notice", "已开始撰写，记录中的数据已自动填入");
        return "redirect:/performance/duty-report?year=" + queries.view(id).year();
    }

    /** Saves the text; refused (stale version 409, too long 422), the page comes back with the typed text. */
    @PostMapping("/duty-reports/{id}")
    String save(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
                @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String plans,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            write.update(id, version, summary, plans);
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/performance/duty-report?year=" + queries.view(id).year();
        } catch (FieldErrors e) {
            Forms.showErrors(model, e);
            response.setStatus(e.status().value());
        } catch (BusinessException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            Forms.showError(model, e.getMessage());
            response.setStatus(e.status().value());
        }
        var report = queries.view(id);
        model.addAttribute("report", report);
        model.addAttribute("year", report.year());
        model.addAttribute("years", List.of(report.year()));
        model.addAttribute("summary", summary);
        model.addAttribute("plans", plans);
        model.addAttribute("version", version);
        // the refused text stays on the page even when the report can no longer be edited, so it can be copied
        model.addAttribute("keepText", true);
        return "performance/dutyreport/mine";
    }

    @PostMapping("/duty-reports/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes r) {
        int year = queries.view(id).year();
        return Forms.step("/performance/duty-report?year=" + year, r, "已提交，等待工作人员审核", () -> write.submit(id));
    }

    @PostMapping("/duty-reports/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/duty-reports/" + id, r, "已审核通过", () -> review.accept(id));
    }

    @PostMapping("/duty-reports/{id}/return")
    String returnForRevision(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step("/duty-reports/" + id, r, "已退回修改", () -> review.returnForRevision(id, reason));
    }

    @PostMapping("/duty-reports/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/duty-reports/" + id, r, "已向本会委员公开", () -> review.publish(id));
    }

    @GetMapping("/duty-reports")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) DutyReportStatus status,
                @RequestParam(required = false) Integer page, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("result", queries.list(y, status, PageQuery.of(page, 20)));
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Arrays.stream(DutyReportStatus.values()).filter(s -> s != DutyReportStatus.DRAFT).toList());
        model.addAttribute("query", "year=" + y + (status == null ? "" : "&status=" + status.name()));
        return "performance/dutyreport/list";
    }

    @GetMapping("/duty-reports/missing")
    String missing(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("missing", queries.missingStanding(year));
        return "performance/dutyreport/missing";
    }

    @GetMapping("/duty-reports/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("report", queries.view(id));
        return "performance/dutyreport/detail";
    }

    @GetMapping("/duty-reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        var doc = documents.docx(id);
        return Downloads.of(doc.filename(), Downloads.DOCX, doc.content());
    }
}
