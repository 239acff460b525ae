package cn.tongxin.performance.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.performance.PerformanceRecords;
import cn.tongxin.performance.PerformanceRecords.MemberRecord;
import cn.tongxin.performance.TermRecords;

/** 我的履职 (phone first), one member's record of a year for staff and leaders, and a member's whole term. */
@Controller
class PerformancePageController {

    private final PerformanceRecords records;
    private final TermRecords terms;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    PerformancePageController(PerformanceRecords records, TermRecords terms, CurrentUsers currentUsers, java.time.Clock clock) {
        this.clock = clock;
        this.records = records;
        this.terms = terms;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/performance/me")
    String mine(@RequestParam(required = false) Integer year, Model model) {
        return show(records.mine(year), true, model);
    }

    @GetMapping("/performance/members/{id}")
    String member(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        MemberRecord record = records.of(id, year);
        return show(record, java.util.Objects.equals(currentUsers.get().memberId(), id), model);
    }

    @GetMapping("/performance/members/{id}/term")
    String term(@PathVariable long id, Model model) {
        model.addAttribute("term", terms.of(id));
        return "performance/term";
    }

    private String show(MemberRecord record, boolean own, Model model) {
        model.addAttribute("record", RecordView.of(record));
        model.addAttribute("own", own);
        List<Integer> years = new ArrayList<>(records.years(record.member().id()));
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (!years.contains(thisYear)) {
            years.addFirst(thisYear);
        }
        years.remove(Integer.valueOf(record.year()));
        model.addAttribute("otherYears", years);
        model.addAttribute("base", own ? "/performance/me" : "/performance/members/" + record.member().id());
        return "performance/record";
    }
}
