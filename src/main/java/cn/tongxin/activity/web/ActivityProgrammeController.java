package cn.tongxin.activity.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.activity.ActivityStatistics;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.Appraisals;
import cn.tongxin.activity.ConsultationPlan;
import cn.tongxin.activity.Supervision;
import cn.tongxin.member.Members;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.web.Chart;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

/** The consultation plan, democratic supervision and appraisal, and the activity statistics. */
@Controller
class ActivityProgrammeController {

    private final ConsultationPlan plan;
    private final Supervision supervision;
    private final Appraisals appraisals;
    private final ActivityStatistics statistics;
    private final Organization organization;
    private final Members members;
    private final cn.tongxin.activity.ActivityHeadlines headlines;

    ActivityProgrammeController(ConsultationPlan plan, Supervision supervision, Appraisals appraisals, ActivityStatistics statistics,
                                Organization organization, Members members, cn.tongxin.activity.ActivityHeadlines headlines) {
        this.headlines = headlines;
        this.plan = plan;
        this.supervision = supervision;
        this.appraisals = appraisals;
        this.statistics = statistics;
        this.organization = organization;
        this.members = members;
    }

    @GetMapping("/consultation-plan")
    String plan(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("items", plan.year(y));
        model.addAttribute("types", Arrays.stream(ActivityType.values()).filter(ActivityType::isConsultation).toList());
        model.addAttribute("specialCommittees", organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        return "activity/plan";
    }

    @PostMapping("/consultation-plan")
    String addPlanItem(@RequestParam int year, @RequestParam(defaultValue = "") String topic, @RequestParam(required = false) ActivityType type,
                       @RequestParam(required = false) Integer month, @RequestParam(required = false) Long leadSpecialCommitteeId,
                       RedirectAttributes r) {
        return Forms.step("/consultation-plan?year=" + year, r, "已列入计划", () -> plan.add(year, topic, type, month, leadSpecialCommitteeId));
    }

    @PostMapping("/consultation-plan/{id}/activity")
    String linkActivity(@PathVariable long id, @RequestParam int year, @RequestParam(required = false) Long activityId, RedirectAttributes r) {
        return Forms.step("/consultation-plan?year=" + year, r, "已关联开展的活动", () -> plan.carriedOutBy(id, activityId));
    }

    @PostMapping("/consultation-plan/{id}/feedback")
    String feedback(@PathVariable long id, @RequestParam int year, RedirectAttributes r) {
        return Forms.step("/consultation-plan?year=" + year, r, "已登记反馈", () -> plan.feedbackReceived(id));
    }

    @GetMapping("/supervision")
    String supervision(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("groups", supervision.groups(year));
        model.addAttribute("appraisals", appraisals.list());
        model.addAttribute("units", organization.activeHandlingUnits());
        model.addAttribute("memberChoices", members.active());
        return "activity/supervision";
    }

    @PostMapping("/supervision/groups")
    String createGroup(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long unitId,
                       @RequestParam(required = false) Long leaderId, @RequestParam(required = false) List<Long> memberIds,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, RedirectAttributes r) {
        return Forms.step("/supervision", r, "已成立监督小组", () -> supervision.createGroup(name, unitId, leaderId, memberIds, startsOn, endsOn));
    }

    @PostMapping("/appraisals")
    String createAppraisal(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "") String title,
                           @RequestParam(defaultValue = "") String dimensions, @RequestParam(required = false) List<Long> raterIds,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                           RedirectAttributes r) {
        return Forms.step("/supervision", r, "已发起评议", () -> appraisals.create(unitId, title,
                List.of(dimensions.split("[\\n,，、]+")), raterIds, opensAt, closesAt));
    }

    @GetMapping("/appraisals/{id}")
    String appraisal(@PathVariable long id, Model model) {
        model.addAttribute("summary", appraisals.one(id));
        return "activity/appraisal";
    }

    @PostMapping("/appraisals/{id}/scores")
    String score(@PathVariable long id, @RequestParam(required = false) List<Integer> scores, RedirectAttributes r) {
        return Forms.step("/appraisals/" + id, r, "评议已提交，谢谢（匿名）", () -> appraisals.score(id, scores));
    }

    @GetMapping("/appraisals/{id}/results")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("results", appraisals.results(id));
        return "activity/appraisal-results";
    }

    @GetMapping("/activity-statistics")
    String statistics(@RequestParam(required = false) Integer year,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) Long committeeId, Model model) {
        var report = statistics.report(year, from, to, committeeId);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(year, report));
        return "activity/statistics";
    }

    /** The page's figures as charts for its period (a range over several years adds the trend). */
    private List<Chart> charts(Integer year, ActivityStatistics.Report report) {
        List<Chart> charts = new ArrayList<>();
        var years = year == null ? Chart.trendYears(report.from(), report.to()) : List.<Chart.YearSpan>of();
        if (!years.isEmpty()) {
            List<Number> held = new ArrayList<>(), people = new ArrayList<>(), rate = new ArrayList<>();
            // each year's headline counts (the same definitions as the page), not the whole report once per year
            long committee = report.committee().committeeId();
            for (var y : years) {
                var r = headlines.of(List.of(committee), new cn.tongxin.shared.DateRange(y.from(), y.to()))
                        .getOrDefault(committee, cn.tongxin.activity.ActivityHeadlines.Figures.NONE);
                held.add(r.activities());
                people.add(r.personTimes());
                rate.add(Chart.percent(r.present(), r.invited()));
            }
            charts.add(Chart.line("历年活动与参加人次", "", Chart.yearLabels(years),
                    Chart.Series.of("活动（场）", held), Chart.Series.of("参加人次", people)));
            charts.add(Chart.line("历年出席率", "%", Chart.yearLabels(years), Chart.Series.of("出席率", rate)));
        }
        var attendance = new java.util.LinkedHashMap<String, Number>();
        attendance.put("出席", report.present());
        attendance.put("请假", report.excused());
        attendance.put("缺席", report.absent());
        charts.add(Chart.pie("出勤（已结束活动的应出席人次）", "人次", report.invited() == 0 ? java.util.Map.of() : attendance));
        charts.add(Chart.ofRows(Chart.Kind.HBAR, "按类型", "", report.byType(),
                t -> t.category() == null || t.category().isBlank() ? t.type() : t.type() + "（" + t.category() + "）",
                Chart.Column.of("活动（场）", ActivityStatistics.TypeRow::activities),
                Chart.Column.of("参加人次", ActivityStatistics.TypeRow::personTimes)));
        var outputs = new java.util.LinkedHashMap<String, Number>(report.outputsByKind());
        charts.add(Chart.bar("成果", "篇", "成果", outputs));
        charts.add(Chart.bar("成果采用（按层级）", "篇", "采用", report.adoptedByLevel()));
        var members = report.members().stream().limit(20).toList();
        String more = report.members().size() > 20 ? "（缺席多的 20 位）" : "";
        charts.add(Chart.ofRows(Chart.Kind.STACKED, "委员出勤" + more, "人次", members, ActivityStatistics.MemberRow::name,
                Chart.Column.of("出席", ActivityStatistics.MemberRow::present),
                Chart.Column.of("请假", ActivityStatistics.MemberRow::excused),
                Chart.Column.of("缺席", ActivityStatistics.MemberRow::absent)));
        return charts;
    }

    @GetMapping("/activity-statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var r = statistics.report(year, from, to);
        List<List<Object>> figures = new ArrayList<>();
        figures.add(Arrays.asList("活动", r.activities(), "期间内开展的活动"));
        figures.add(Arrays.asList("参加人次", r.personTimes(), "出席与列席人次"));
        figures.add(Arrays.asList("出席率", r.attendanceRate(), "已结束活动：出席 ÷ 应出席"));
        figures.add(Arrays.asList("请假", r.excused(), "经批准请假的人次"));
        figures.add(Arrays.asList("缺席", r.absent(), "未签到且未获准假的人次"));
        r.outputsByKind().forEach((k, v) -> figures.add(Arrays.asList(k, v, "活动成果")));
        r.adoptedByLevel().forEach((k, v) -> figures.add(Arrays.asList(k + "采用", v, "成果采用（按采用日期）")));
        r.plan().forEach((k, v) -> figures.add(Arrays.asList("协商计划·" + k, v, "年度协商计划议题")));
        figures.add(Arrays.asList("民主监督小组", r.supervisionGroups(), "期间内派驻的监督小组"));
        figures.add(Arrays.asList("监督意见书", r.supervisionOpinions(), "期间内形成的监督意见书"));
        List<List<Object>> types = new ArrayList<>();
        r.byType().forEach(t -> types.add(Arrays.asList(t.type(), t.category(), t.activities(), t.personTimes())));
        List<List<Object>> people = new ArrayList<>();
        r.members().forEach(m -> people.add(Arrays.asList(m.name(), m.invited(), m.present(), m.excused(), m.absent(), m.rate())));
        var out = new ByteArrayOutputStream();
        try (ExcelWriter writer = Spreadsheets.write(out).build()) {
            writer.write(figures, FastExcel.writerSheet(0, "统计").head(heads("指标", "数值", "口径")).build());
            writer.write(types, FastExcel.writerSheet(1, "按类型").head(heads("类型", "类别", "活动", "人次")).build());
            writer.write(people, FastExcel.writerSheet(2, "委员出勤").head(heads("委员", "应出席", "出席", "请假", "缺席", "出席率")).build());
        }
        return Downloads.of("履职活动统计.xlsx", Downloads.XLSX, out.toByteArray());
    }

    private static List<List<String>> heads(String... names) {
        return Arrays.stream(names).map(List::of).toList();
    }
}
