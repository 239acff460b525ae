package cn.tongxin.frontline.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.frontline.FrontlineQueries;
import cn.tongxin.frontline.FrontlineWorkflows.PointStatus;
import cn.tongxin.frontline.PointForm;
import cn.tongxin.frontline.PointLevel;
import cn.tongxin.frontline.PointWork;
import cn.tongxin.frontline.RegisterPoints;
import cn.tongxin.member.Members;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

@Controller
class FrontlinePageController {

    private final RegisterPoints register;
    private final PointWork work;
    private final FrontlineQueries queries;
    private final Members members;
    private final ActivityQueries activities;
    private final java.time.Clock clock;

    FrontlinePageController(RegisterPoints register, PointWork work, FrontlineQueries queries, Members members, ActivityQueries activities,
                            java.time.Clock clock) {
        this.register = register;
        this.work = work;
        this.queries = queries;
        this.members = members;
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/frontline")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PointStatus status,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(LocalDate.now(clock).getYear() - 9, LocalDate.now(clock).getYear())
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("totals", queries.totals(y));
        model.addAttribute("points", queries.list(y, status, q, PageQuery.of(page, 20)));
        model.addAttribute("statuses", PointStatus.values());
        model.addAttribute("query", "year=" + y + (status == null ? "" : "&status=" + status)
                + (q == null || q.isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
        return "frontline/list";
    }

    @GetMapping("/frontline/new")
    String form(Model model) {
        register.requireOffice();
        model.addAttribute("form", PointForm.empty());
        return form(model, null);
    }

    @PostMapping("/frontline")
    @ApiTwin("POST /api/v1/frontline/points")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) PointLevel level,
                  @RequestParam(required = false) String place,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
                  @RequestParam(required = false) List<Long> memberIds, Model model, RedirectAttributes redirect) {
        PointForm f = new PointForm(name, level, place, establishedOn, memberIds == null ? List.of() : memberIds, null);
        model.addAttribute("form", f);
        return Forms.create(() -> register.register(f), "已登记协商点", "/frontline/", model, redirect, () -> { }, form(model, null));
    }

    @GetMapping("/frontline/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        register.requireOffice();
        var p = queries.page(id).point();
        model.addAttribute("form", new PointForm(p.name(), p.level(), p.place(), p.establishedOn(), List.copyOf(p.memberIds()), p.version()));
        return form(model, id);
    }

    @PostMapping("/frontline/{id}/edit")
    @ApiTwin("PUT /api/v1/frontline/points/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) PointLevel level,
                  @RequestParam(required = false) String place,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
                  @RequestParam(required = false) List<Long> memberIds, @RequestParam(required = false) Integer version, Model model,
                  RedirectAttributes redirect) {
        PointForm f = new PointForm(name, level, place, establishedOn, memberIds == null ? List.of() : memberIds, version);
        model.addAttribute("form", f);
        return Forms.submit(() -> {
            register.edit(id, f);
            return id;
        }, "已保存", "redirect:/frontline/" + id, model, redirect, () -> form(model, id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("pointId", id);
        model.addAttribute("levels", PointLevel.values());
        model.addAttribute("memberChoices", members.active());
        return "frontline/form";
    }

    @GetMapping("/frontline/{id}")
    String point(@PathVariable long id, Model model) {
        var page = queries.page(id);
        model.addAttribute("p", page);
        if (page.mayRecord()) {
            // the committee's recent frontline-type activities first; any activity of the committee may be chosen by id
            model.addAttribute("activityChoices", activities.list(null, null, null, null, PageQuery.of(1, 100)).items());
        }
        model.addAttribute("today", LocalDate.now(clock));
        return "frontline/point";
    }

    @PostMapping("/frontline/{id}/close")
    @ApiTwin("POST /api/v1/frontline/points/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
                 RedirectAttributes redirect) {
        return Forms.step("/frontline/" + id, redirect, "已撤销该协商点", () -> register.close(id, closedOn));
    }

    @PostMapping("/frontline/{id}/reopen")
    @ApiTwin("POST /api/v1/frontline/points/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/frontline/" + id, redirect, "已恢复该协商点", () -> register.reopen(id));
    }

    @PostMapping("/frontline/{id}/activities")
    @ApiTwin("POST /api/v1/frontline/points/{id}/activities")
    String link(@PathVariable long id, @RequestParam(required = false) Long activityId, @RequestParam(required = false) Integer participants,
                RedirectAttributes redirect) {
        return Forms.step("/frontline/" + id, redirect, "已关联活动", () -> work.linkActivity(id, new PointWork.LinkActivity(activityId, participants)));
    }

    @PostMapping("/frontline/{id}/activities/{activityId}/remove")
    @ApiTwin("DELETE /api/v1/frontline/points/{id}/activities/{activityId}")
    String unlink(@PathVariable long id, @PathVariable long activityId, RedirectAttributes redirect) {
        return Forms.step("/frontline/" + id, redirect, "已取消关联", () -> work.unlinkActivity(id, activityId));
    }

    @PostMapping("/frontline/{id}/problems")
    @ApiTwin("POST /api/v1/frontline/points/{id}/problems")
    String raise(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String detail,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate raisedOn,
                 @RequestParam(required = false) Long activityId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problemTitle", title);
        redirect.addFlashAttribute("problemDetail", detail);
        return Forms.step("/frontline/" + id, redirect, () -> {
            work.raiseProblem(id, new PointWork.RaiseProblem(title, detail, raisedOn, activityId));
            redirect.addFlashAttribute("problemTitle", null);
            redirect.addFlashAttribute("problemDetail", null);
            return "已登记问题";
        });
    }

    @PostMapping("/frontline/{id}/problems/{problemId}/solve")
    @ApiTwin("POST /api/v1/frontline/problems/{problemId}/solve")
    String solve(@PathVariable long id, @PathVariable long problemId, @RequestParam(required = false) String solution,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate solvedOn,
                 @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
        return Forms.step("/frontline/" + id, redirect, "已登记解决情况",
                () -> work.solve(problemId, new PointWork.Solve(solution, solvedOn, memberId)));
    }

    @PostMapping("/frontline/{id}/problems/{problemId}/reopen")
    @ApiTwin("POST /api/v1/frontline/problems/{problemId}/reopen")
    String reopenProblem(@PathVariable long id, @PathVariable long problemId, RedirectAttributes redirect) {
        return Forms.step("/frontline/" + id, redirect, "已重新打开该问题", () -> work.reopenProblem(problemId));
    }
}
