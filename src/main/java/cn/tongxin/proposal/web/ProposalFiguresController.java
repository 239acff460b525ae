package cn.tongxin.proposal.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.proposal.KeyAppraisals;
import cn.tongxin.proposal.ProposalOutcomes;
import cn.tongxin.web.Forms;

/** Leaders' 签批 / 批示 on a proposal, and the 民主评议 of the units handling key proposals, from their pages. */
@Controller
class ProposalFiguresController {

    private final ProposalOutcomes outcomes;
    private final KeyAppraisals appraisals;

    ProposalFiguresController(ProposalOutcomes outcomes, KeyAppraisals appraisals) {
        this.outcomes = outcomes;
        this.appraisals = appraisals;
    }

    @PostMapping("/proposals/{id}/instructions")
    String instruct(@PathVariable long id, @RequestParam(required = false) InstructionKind kind,
                    @RequestParam(required = false) String leader, @RequestParam(required = false) InstructionLevel level,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String text, @RequestParam(required = false) String department,
                    RedirectAttributes r) {
        return Forms.step("/proposals/" + id, r, "已登记领导" + (kind == null ? "签批或批示" : kind.label()),
                () -> outcomes.record(id, kind, new Outcomes.InstructionForm(leader, level, on, text, department)));
    }

    @GetMapping("/proposals/key-appraisals")
    String list(Model model) {
        model.addAttribute("appraisals", appraisals.list());
        model.addAttribute("thisYear", LocalDate.now().getYear());
        return "proposal/key-appraisals";
    }

    @PostMapping("/proposals/key-appraisals")
    String open(@RequestParam(required = false) Integer year, @RequestParam(required = false) String title, RedirectAttributes r) {
        long[] id = new long[1];
        String page = Forms.step("/proposals/key-appraisals", r, "已开启民主评议", () -> id[0] = appraisals.open(year, title));
        return id[0] == 0 ? page : "redirect:/proposals/key-appraisals/" + id[0];
    }

    @GetMapping("/proposals/key-appraisals/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("a", appraisals.one(id));
        model.addAttribute("verdicts", KeyAppraisals.Verdict.values());
        return "proposal/key-appraisal";
    }

    /** The form sends {@code unit<id>=<verdict>} for each unit. */
    @PostMapping("/proposals/key-appraisals/{id}/ratings")
    String rate(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes r) {
        return Forms.step("/proposals/key-appraisals/" + id, r, "评议已提交，谢谢", () -> appraisals.rate(id, verdicts(form)));
    }

    @PostMapping("/proposals/key-appraisals/{id}/close")
    String close(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/proposals/key-appraisals/" + id, r, "评议已结束", () -> appraisals.close(id));
    }

    static Map<Long, KeyAppraisals.Verdict> verdicts(Map<String, String> form) {
        Map<Long, KeyAppraisals.Verdict> verdicts = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("unit") && k.length() > 4 && k.substring(4).chars().allMatch(Character::isDigit) && !v.isBlank()) {
                try {
                    verdicts.put(Long.parseLong(k.substring(4)), KeyAppraisals.Verdict.valueOf(v));
                } catch (IllegalArgumentException e) {
                    verdicts.put(Long.parseLong(k.substring(4)), null);
                }
            }
        });
        return verdicts;
    }
}
