package cn.tongxin.opinion.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.web.ApiTwin;
import cn.tongxin.opinion.AssembleBulletins;
import cn.tongxin.opinion.BulletinQueries;
import cn.tongxin.opinion.BulletinWorkflow;
import cn.tongxin.opinion.EditReports;
import cn.tongxin.opinion.IssueBulletins;
import cn.tongxin.opinion.ItemOutcomes;
import cn.tongxin.opinion.OpinionDocuments;
import cn.tongxin.opinion.OpinionStatistics;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.web.Chart;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** Edited items (with what changed), bulletins, forwarding, outcomes and statistics. */
@Controller
class BulletinController {

    private final BulletinQueries queries;
    private final EditReports edit;
    private final AssembleBulletins bulletins;
    private final IssueBulletins issue;
    private final ItemOutcomes outcomes;
    private final OpinionStatistics statistics;
    private final OpinionDocuments documents;
    private final cn.tongxin.opinion.OpinionHeadlines headlines;

    BulletinController(BulletinQueries queries, EditReports edit, AssembleBulletins bulletins, IssueBulletins issue,
                       ItemOutcomes outcomes, OpinionStatistics statistics, OpinionDocuments documents,
                       cn.tongxin.opinion.OpinionHeadlines headlines) {
        this.headlines = headlines;
        this.queries = queries;
        this.edit = edit;
        this.bulletins = bulletins;
        this.issue = issue;
        this.outcomes = outcomes;
        this.statistics = statistics;
        this.documents = documents;
    }

    @GetMapping("/opinion-items/{id}")
    String item(@PathVariable long id, Model model) {
        var item = queries.item(id);
        model.addAttribute("item", item);
        model.addAttribute("actions", item.actions().stream().map(Enum::name).toList());
        model.addAttribute("adoptionLevels", AdoptionLevel.values());
        model.addAttribute("instructionLevels", InstructionLevel.values());
        return "opinion/item";
    }

    @PostMapping("/opinion-items/{id}")
    @ApiTwin("POST /api/v1/opinion-items/{id}/revise")
    String revise(@PathVariable long id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
                  @RequestParam int version, RedirectAttributes r) {
        return Forms.step("/opinion-items/" + id, r, "编辑稿已保存", () -> edit.revise(id, title, text, version));
    }

    @PostMapping("/opinion-items/{id}/forward")
    @ApiTwin("POST /api/v1/opinion-items/{id}/forwards")
    String forward(@PathVariable long id, @RequestParam(required = false) AdoptionLevel level,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step("/opinion-items/" + id, r, "已登记报送", () -> outcomes.forward(id, level, on, note));
    }

    @PostMapping("/opinion-items/{id}/adopt")
    @ApiTwin("POST /api/v1/opinion-items/{id}/adoptions")
    String adopt(@PathVariable long id, @RequestParam(required = false) AdoptionLevel level,
                 @RequestParam(defaultValue = "false") boolean combined,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step("/opinion-items/" + id, r, "已登记采用", () -> outcomes.adopt(id, level, combined, on, note));
    }

    @PostMapping("/opinion-items/{id}/instruct")
    @ApiTwin("POST /api/v1/opinion-items/{id}/instructions")
    String instruct(@PathVariable long id, @RequestParam(required = false) String leader,
                    @RequestParam(required = false) InstructionLevel level,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String text, @RequestParam(required = false) String department,
                    RedirectAttributes r) {
        return Forms.step("/opinion-items/" + id, r, "已登记批示",
                () -> outcomes.instruct(id, new Outcomes.InstructionForm(leader, level, on, text, department)));
    }

    @GetMapping("/bulletins")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String series, Model model) {
        model.addAttribute("bulletins", queries.bulletins(year, series));
        model.addAttribute("seriesChoices", queries.series());
        model.addAttribute("year", year);
        model.addAttribute("series", series);
        return "opinion/bulletins";
    }

    @PostMapping("/bulletins")
    String create(@RequestParam(required = false) String series, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String recipients, RedirectAttributes r) {
        long[] id = new long[1];
        String page = Forms.step("/bulletins", r, "已新建一期，请选入信息", () -> id[0] = bulletins.create(series, title, recipients));
        return id[0] > 0 ? "redirect:/bulletins/" + id[0] : page;
    }

    @GetMapping("/bulletins/{id}")
    String bulletin(@PathVariable long id, Model model) {
        var page = queries.bulletin(id);
        model.addAttribute("page", page);
        model.addAttribute("actions", page.actions().stream().map(Enum::name).toList());
        if (page.actions().contains(BulletinWorkflow.Action.ADD_ITEM)) {
            model.addAttribute("candidates", queries.itemsToIssue());
        }
        return "opinion/bulletin";
    }

    @PostMapping("/bulletins/{id}/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) Long itemId, RedirectAttributes r) {
        return Forms.step("/bulletins/" + id, r, "已选入", () -> {
            if (itemId == null) {
                throw cn.tongxin.shared.BusinessException.invalid("请选择编辑稿");
            }
            bulletins.addItem(id, itemId);
        });
    }

    @PostMapping("/bulletins/{id}/items/{itemId}/remove")
    @ApiTwin("DELETE /api/v1/bulletins/{id}/items/{itemId}")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes r) {
        return Forms.step("/bulletins/" + id, r, "已移出", () -> bulletins.removeItem(id, itemId));
    }

    @PostMapping("/bulletins/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                 RedirectAttributes r) {
        return Forms.step("/bulletins/" + id, r, "已编发", () -> issue.issue(id, issuedOn));
    }

    @GetMapping("/bulletins/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.of("社情民意-" + id + ".docx", Downloads.DOCX, documents.bulletin(id));
    }

    @GetMapping("/opinion-statistics")
    String statistics(@RequestParam(required = false) Integer year,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) Long committeeId, Model model) {
        var report = statistics.report(year, from, to, committeeId);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(year, report));
        return "opinion/statistics";
    }

    /** The page's figures as charts for its period (a range over several years adds the trend). */
    private java.util.List<Chart> charts(Integer year, OpinionStatistics.Report report) {
        var charts = new java.util.ArrayList<Chart>();
        var years = year == null ? Chart.trendYears(report.from(), report.to()) : java.util.List.<Chart.YearSpan>of();
        if (!years.isEmpty()) {
            var received = new java.util.ArrayList<Number>();
            var issued = new java.util.ArrayList<Number>();
            var adopted = new java.util.ArrayList<Number>();
            // each year's headline counts (the same definitions as the page), not the whole report once per year
            long committee = report.committee().committeeId();
            for (var y : years) {
                var r = headlines.of(java.util.List.of(committee), new cn.tongxin.shared.DateRange(y.from(), y.to())).get(committee);
                received.add(r == null ? 0 : r.received());
                issued.add(r == null ? 0 : r.issued());
                adopted.add(r == null ? 0 : r.outcomes().adopted().values().stream().mapToLong(Long::longValue).sum());
            }
            charts.add(Chart.line("历年社情民意", "条", Chart.yearLabels(years), Chart.Series.of("收到", received),
                    Chart.Series.of("编发", issued), Chart.Series.of("采用", adopted)));
        }
        var flow = new java.util.LinkedHashMap<String, Number>();
        report.figures().forEach(f -> flow.put(f.label(), f.value()));
        charts.add(Chart.hbar("收到与处理", "条", "条数", flow));
        charts.add(Chart.pie("按来源", "条", report.bySource()));
        charts.add(Chart.bar("采用（按层级）", "条", "采用", report.adoptedByLevel()));
        charts.add(Chart.bar("批示（按层级）", "条", "批示", report.instructedByLevel()));
        var parties = report.partiesAndGroups();
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "党派团体报送、编发与采用", "条", parties, OpinionStatistics.AuthorRow::name,
                Chart.Column.of("报送", OpinionStatistics.AuthorRow::reports), Chart.Column.of("编发", OpinionStatistics.AuthorRow::issued),
                Chart.Column.of("采用", OpinionStatistics.AuthorRow::adopted)));
        return charts;
    }


    @GetMapping("/opinion-statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Downloads.of("社情民意统计.xlsx", Downloads.XLSX, documents.statistics(year, from, to));
    }
}
