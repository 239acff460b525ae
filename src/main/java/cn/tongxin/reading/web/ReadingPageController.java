package cn.tongxin.reading.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.member.Members;
import cn.tongxin.reading.GroupRole;
import cn.tongxin.reading.ReadingGroups;
import cn.tongxin.reading.ReadingStatistics;
import cn.tongxin.reading.ReadingThemes;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 书香政协 pages: the groups, a group with its roster, themes and notes, a theme with its guides and sessions, the year's figures. */
@Controller
class ReadingPageController {

    private final ReadingGroups groups;
    private final ReadingThemes themes;
    private final GroupPage page;
    private final ReadingStatistics statistics;
    private final Members members;
    private final ActivityQueries activities;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReadingPageController(ReadingGroups groups, ReadingThemes themes, GroupPage page, ReadingStatistics statistics, Members members,
                          ActivityQueries activities, CurrentUsers currentUsers, Clock clock) {
        this.groups = groups;
        this.themes = themes;
        this.page = page;
        this.statistics = statistics;
        this.members = members;
        this.activities = activities;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/reading")
    String list(Model model) {
        model.addAttribute("groups", groups.list());
        if (currentUsers.get().isOffice()) {
            model.addAttribute("members", members.active());
        }
        return "reading/groups";
    }

    @PostMapping("/reading/groups")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  @RequestParam(required = false) Long ownerMemberId, Model model, RedirectAttributes redirect) {
        return Forms.create(() -> groups.create(new ReadingGroups.GroupForm(name, description, ownerMemberId)), "已开设读书群",
                "/reading/groups/", model, redirect, () -> list(model), "reading/groups");
    }

    @GetMapping("/reading/groups/{id}")
    String group(@PathVariable long id, @RequestParam(required = false) String before, Model model) {
        return page.fill(id, before, model);
    }

    @PostMapping("/reading/groups/{id}/members")
    String setMember(@PathVariable long id, @RequestParam(required = false) Long memberId, @RequestParam(required = false) GroupRole role,
                     RedirectAttributes redirect) {
        return Forms.step("/reading/groups/" + id, redirect, "已更新读书群成员",
                () -> groups.setMember(id, new ReadingGroups.RosterEntry(memberId, role)));
    }

    @PostMapping("/reading/groups/{id}/members/{memberId}/remove")
    @ApiTwin("DELETE /api/v1/reading/groups/{id}/members/{memberId}")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        return Forms.step("/reading/groups/" + id, redirect, "已移出读书群", () -> groups.removeMember(id, memberId));
    }

    @PostMapping("/reading/groups/{id}/themes")
    String createTheme(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                       @RequestParam(required = false) String books, Model model, RedirectAttributes redirect) {
        var form = new ReadingThemes.ThemeForm(title, description, startsOn, endsOn, ReadingThemes.BookForm.lines(books));
        return Forms.create(() -> themes.create(id, form), "已设立专题", "/reading/themes/", model, redirect,
                () -> page.fill(id, null, model), "reading/group");
    }

    @GetMapping("/reading/themes/{id}")
    String theme(@PathVariable long id, Model model) {
        var theme = themes.get(id);
        model.addAttribute("t", theme);
        if (theme.office()) {
            model.addAttribute("candidates", activities.list(null, ActivityType.READING, null, null, PageQuery.of(1, 50)).items());
        }
        return "reading/theme";
    }

    @PostMapping("/reading/themes/{id}/guides")
    String writeGuide(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                      Model model, RedirectAttributes redirect) {
        return Forms.submit(() -> themes.writeGuide(id, new ReadingThemes.GuideForm(title, body)), "已发布导读", "redirect:/reading/themes/" + id,
                model, redirect, () -> theme(id, model));
    }

    @PostMapping("/reading/themes/{id}/activities")
    String linkActivity(@PathVariable long id, @RequestParam(required = false) Long activityId, RedirectAttributes redirect) {
        return Forms.step("/reading/themes/" + id, redirect, "已关联读书活动", () -> themes.linkActivity(id, new ReadingThemes.LinkActivity(activityId)));
    }

    @GetMapping("/reading/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("s", statistics.of(year));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "reading/statistics";
    }
}
