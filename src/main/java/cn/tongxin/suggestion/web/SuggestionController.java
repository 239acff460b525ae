package cn.tongxin.suggestion.web;

import cn.tongxin.shared.SubjectType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.handling.HandlingSection;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.suggestion.ReviewSuggestions;
import cn.tongxin.suggestion.SubmitSuggestions;
import cn.tongxin.suggestion.SuggestionActions;
import cn.tongxin.suggestion.SuggestionConversion;
import cn.tongxin.suggestion.SuggestionQueries;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.web.Chart;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

@Controller
class SuggestionController {

    private final SubmitSuggestions submit;
    private final ReviewSuggestions review;
    private final SuggestionQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final CommitteeSettings settings;
    private final Members members;
    private final Attachments attachments;
    private final HandlingSection handlingSection;

    private final CommitteeAccess committees;
    private final cn.tongxin.suggestion.SuggestionHeadlines headlines;

    SuggestionController(SubmitSuggestions submit, ReviewSuggestions review, SuggestionQueries queries, CurrentUsers currentUsers,
                         Organization organization, CommitteeSettings settings, Members members, Attachments attachments,
                         HandlingSection handlingSection, CommitteeAccess committees, cn.tongxin.suggestion.SuggestionHeadlines headlines) {
        this.headlines = headlines;
        this.submit = submit;
        this.review = review;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.settings = settings;
        this.members = members;
        this.attachments = attachments;
        this.handlingSection = handlingSection;
        this.committees = committees;
    }

    @GetMapping("/suggestions")
    String list(@RequestParam(required = false) SuggestionStatus status, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Boolean received, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Long committeeId, Model model) {
        boolean onlyReceived = Boolean.TRUE.equals(received);
        model.addAttribute("result", queries.list(status, year, onlyReceived, PageQuery.of(page, 20), committeeId));
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        model.addAttribute("year", year);
        model.addAttribute("received", onlyReceived);
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("status", status);
        return "suggestion/list";
    }

    @GetMapping("/suggestions/new")
    String form(Model model) {
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        formChoices(model);
        return "suggestion/form";
    }

    /** The length limit, and for staff entering one on a member's behalf the members to choose from. */
    private void formChoices(Model model) {
        CurrentUser user = currentUsers.get();
        model.addAttribute("maxChars", settings.value(user.committeeId(), SettingKey.MICRO_SUGGESTION_MAX_CHARS));
        if (user.isOffice()) {
            model.addAttribute("memberChoices", members.active());
        }
    }

    @PostMapping("/suggestions")
    String create(@RequestParam(defaultValue = "") String requestKey, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String place,
                  @RequestParam(required = false) Long memberId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                  @RequestParam(required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = Upload.of(photos);
        return Forms.create(() -> submit.submit(requestKey, title, body, place, uploads, memberId, receivedOn),
                memberId == null ? "微建议已提交，我们会尽快处理" : "已代委员录入微建议", "/suggestions/", model, redirect, () -> {
                    model.addAttribute("requestKey", requestKey);
                    model.addAttribute("suggestionTitle", title); // not "title": the layout's page title would shadow it
                    model.addAttribute("body", body);
                    model.addAttribute("place", place);
                    model.addAttribute("memberId", memberId);
                    model.addAttribute("receivedOn", receivedOn);
                    formChoices(model);
                }, "suggestion/form");
    }

    @GetMapping("/suggestions/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long committeeId, Model model) {
        // across committees the page is built for a read-only reader of the lower committee, who is offered no step
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        var page = queries.page(id, committeeId);
        model.addAttribute("page", page);
        model.addAttribute("s", page.suggestion());
        model.addAttribute("actions", SuggestionActions.of(user, page.suggestion(),
                page.handling() == null ? null : page.handling().status()));
        handlingSection.addTo(model, user, page.handling(), "/suggestions/" + id, true);
        Map<Long, String> names = new HashMap<>();
        members.find(page.suggestion().memberId()).ifPresent(m -> names.put(m.id(), m.name()));
        model.addAttribute("memberNames", names);
        if (user.isOffice()) {
            model.addAttribute("units", organization.activeHandlingUnits());
        }
        return "suggestion/detail";
    }

    @GetMapping("/suggestions/{id}/photos/{attachmentId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long attachmentId) {
        queries.page(id);
        var file = attachments.content(currentUsers.get().committeeId(), SubmitSuggestions.SUBJECT, id, attachmentId)
                .orElseThrow(() -> BusinessException.notFound("照片"));
        return ResponseEntity.ok().header("Content-Type", file.contentType()).body(file.content());
    }

    @GetMapping("/suggestions/{id}/reply-files/{attachmentId}")
    ResponseEntity<byte[]> replyFile(@PathVariable long id, @PathVariable long attachmentId) {
        var page = queries.page(id);
        if (page.handling() == null) {
            throw BusinessException.notFound("附件");
        }
        var file = attachments.content(currentUsers.get().committeeId(), SubjectType.HANDLING_REPLY, page.handling().id(), attachmentId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @PostMapping("/suggestions/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long unitId, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已受理并交办", () -> review.accept(id, unitId));
    }

    @PostMapping("/suggestions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已作不予受理处理", () -> review.reject(id, reason));
    }

    @PostMapping("/suggestions/{id}/convert")
    String convert(@PathVariable long id, @RequestParam(required = false) SuggestionConversion to, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已转办", () -> review.convert(id, to));
    }

    @PostMapping("/suggestions/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已撤回", () -> submit.withdraw(id));
    }

    @PostMapping("/suggestions/{id}/close")
    String close(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已办结", () -> review.close(id));
    }

    @GetMapping("/suggestion-statistics")
    String statistics(@RequestParam(required = false) Integer year,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) Long committeeId, Model model) {
        var stats = queries.statistics(year, from, to, committeeId);
        model.addAttribute("stats", stats);
        model.addAttribute("charts", charts(year, stats));
        return "suggestion/statistics";
    }

    /** The page's figures as charts for its period (a range over several years adds the trend). */
    private java.util.List<Chart> charts(Integer year, SuggestionQueries.Statistics stats) {
        var charts = new java.util.ArrayList<Chart>();
        var years = year == null ? Chart.trendYears(stats.from(), stats.to()) : java.util.List.<Chart.YearSpan>of();
        if (!years.isEmpty()) {
            var received = new java.util.ArrayList<Number>();
            var accepted = new java.util.ArrayList<Number>();
            var replied = new java.util.ArrayList<Number>();
            // each year's headline counts (the same definitions as the page), not the whole statistics once per year
            long committee = stats.committee().committeeId();
            for (var y : years) {
                var s = headlines.of(java.util.List.of(committee), new cn.tongxin.shared.DateRange(y.from(), y.to()))
                        .getOrDefault(committee, cn.tongxin.suggestion.SuggestionHeadlines.Figures.NONE);
                received.add(s.received());
                accepted.add(s.accepted());
                replied.add(s.replied());
            }
            charts.add(Chart.line("历年微建议", "件", Chart.yearLabels(years), Chart.Series.of("收到", received),
                    Chart.Series.of("受理", accepted), Chart.Series.of("办复", replied)));
        }
        var flow = new java.util.LinkedHashMap<String, Number>();
        flow.put("收到", stats.received());
        flow.put("受理", stats.accepted());
        flow.put("办复", stats.replied());
        flow.put("按期办复", stats.repliedOnTime());
        flow.put("超期未答复", stats.overdue());
        flow.put("不予受理", stats.rejected());
        flow.put("转办", stats.converted());
        charts.add(Chart.bar("收到与办理", "件", "件数", flow));
        var result = stats.handling().result();
        var rates = new java.util.LinkedHashMap<String, Number>();
        rates.put("办复率", Chart.percent(stats.replied(), stats.accepted()));
        rates.put("按期办复率", Chart.percent(stats.repliedOnTime(), stats.accepted()));
        rates.put("结果满意和基本满意率", Chart.percent(result.satisfied() + result.basicallySatisfied(), result.rated()));
        charts.add(Chart.hbar("办复率与满意率", "%", "比率", rates));
        var units = stats.handling().units().stream()
                .sorted(java.util.Comparator.comparingLong(HandlingStatistics.UnitRow::assigned).reversed()).limit(20).toList();
        String more = stats.handling().units().size() > 20 ? "（交办最多的 20 个）" : "";
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "承办单位办理情况" + more, "件", units, HandlingStatistics.UnitRow::unitName,
                Chart.Column.of("交办", HandlingStatistics.UnitRow::assigned), Chart.Column.of("答复", HandlingStatistics.UnitRow::replied),
                Chart.Column.of("按期", HandlingStatistics.UnitRow::onTime), Chart.Column.of("超期", HandlingStatistics.UnitRow::overdue)));
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "承办单位办复率与满意率" + more, "%", units, HandlingStatistics.UnitRow::unitName,
                Chart.Column.of("办复率", (HandlingStatistics.UnitRow u) -> Chart.percent(u.replied(), u.assigned())),
                Chart.Column.of("满意和基本满意率", (HandlingStatistics.UnitRow u) -> Chart.percent(u.satisfiedOrBasically(), u.rated()))));
        return charts;
    }

    @GetMapping("/suggestion-statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Downloads.of("微建议统计.xlsx", Downloads.XLSX, SuggestionExport.xlsx(queries.statistics(year, from, to)));
    }
}
