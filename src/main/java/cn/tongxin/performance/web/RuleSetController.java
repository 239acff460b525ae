package cn.tongxin.performance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.PointsRules;
import cn.tongxin.performance.ReplayYear;
import cn.tongxin.performance.RuleForm;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The points rules pages: the years' sets, a draft's editing form, publication and the comparison after it. */
@Controller
class RuleSetController {

    private final PointsRules rules;
    private final ReplayYear replay;
    private final Members members;
    private final Clock clock;

    RuleSetController(PointsRules rules, ReplayYear replay, Members members, Clock clock) {
        this.rules = rules;
        this.replay = replay;
        this.members = members;
        this.clock = clock;
    }

    @PostMapping("/performance/rules/replay")
    @ApiTwin("POST /api/v1/performance/rules/replay")
    String replay(@RequestParam(required = false) Integer year, RedirectAttributes r) {
        try {
            if (year == null) {
                throw BusinessException.invalid("请填写年度");
            }
            var done = replay.replay(year);
            r.addFlashAttribute("notice", done.year() + "年度履职档案已按业务记录重建：" + done.after() + "条记录，与原记录差异"
                    + done.differences() + "条，重算" + done.members() + "名委员");
        } catch (BusinessException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            r.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/performance/rules";
    }

    @GetMapping("/performance/rules")
    String list(Model model) {
        model.addAttribute("sets", rules.list());
        model.addAttribute("defaults", rules.defaults());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "performance/rules";
    }

    @PostMapping("/performance/rules")
    String draft(@RequestParam(required = false) Integer year, @RequestParam(required = false) String from, RedirectAttributes r) {
        try {
            if (year == null) {
                throw BusinessException.invalid("请填写年度");
            }
            Long fromId = from != null && from.matches("\\d+") ? Long.valueOf(from) : null;
            String code = fromId == null && from != null && !from.isBlank() ? from : null;
            long id = rules.draft(year, fromId, code);
            r.addFlashAttribute("notice", "已新建草稿，请修改后发布");
            return "redirect:/performance/rules/" + id;
        } catch (BusinessException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            r.addFlashAttribute("error", e.getMessage());
            return "redirect:/performance/rules";
        }
    }

    @GetMapping("/performance/rules/{id}")
    String show(@PathVariable long id, Model model) {
        var view = rules.show(id);
        return page(model, view, RuleForm.of(view.rules()));
    }

    @PostMapping("/performance/rules/{id}")
    @ApiTwin("PUT /api/v1/performance/rules/{id}")
    String save(@PathVariable long id, @RequestParam int version, @ModelAttribute RuleForm form, Model model, RedirectAttributes r) {
        var view = rules.show(id);
        return Forms.submit(() -> {
            rules.update(id, version, form.toRuleSet());
            return id;
        }, "已保存草稿", "redirect:/performance/rules/" + id, model, r, () -> page(model, view, form));
    }

    @PostMapping("/performance/rules/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes r) {
        try {
            var done = rules.publish(id, version);
            r.addFlashAttribute("notice", "已发布，重算" + done.members() + "名委员，等次变化" + done.gradeChanged() + "人");
            return "redirect:/performance/rules/changes?year=" + done.year();
        } catch (BusinessException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            r.addFlashAttribute("error", e.getMessage());
            return "redirect:/performance/rules/" + id;
        }
    }

    @PostMapping("/performance/rules/{id}/discard")
    @ApiTwin("DELETE /api/v1/performance/rules/{id}")
    String discard(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/performance/rules", r, "已删除草稿", () -> rules.discard(id));
    }

    @GetMapping("/performance/rules/changes")
    String changes(@RequestParam int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("inForce", rules.inForce(year));
        model.addAttribute("changes", rules.changes(year));
        model.addAttribute("names", members.active().stream().collect(Collectors.toMap(MemberView::id, MemberView::name)));
        return "performance/rule-changes";
    }

    private String page(Model model, PointsRules.View view, RuleForm form) {
        model.addAttribute("set", view);
        model.addAttribute("form", form);
        model.addAttribute("kinds", FactKind.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("activityTypes", Arrays.asList(ActivityType.values()));
        return "performance/rule-set";
    }
}
