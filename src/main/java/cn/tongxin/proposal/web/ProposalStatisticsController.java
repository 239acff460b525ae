package cn.tongxin.proposal.web;

import cn.tongxin.web.Downloads;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.organization.Organization;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalExports;
import cn.tongxin.proposal.ProposalStatistics;

@Controller
class ProposalStatisticsController {

    private final ProposalStatistics statistics;
    private final ProposalExports exports;
    private final Organization organization;

    ProposalStatisticsController(ProposalStatistics statistics, ProposalExports exports, Organization organization) {
        this.statistics = statistics;
        this.exports = exports;
        this.organization = organization;
    }

    @GetMapping("/proposals/statistics")
    String show(@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        var period = period(sessionId, year, from, to);
        model.addAttribute("report", statistics.report(period));
        model.addAttribute("period", period);
        model.addAttribute("sessions", organization.sessions());
        return "proposal/statistics";
    }

    @GetMapping("/proposals/statistics.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Downloads.of("提案统计.xlsx", Downloads.XLSX, exports.statistics(period(sessionId, year, from, to)));
    }

    @GetMapping("/proposals/export")
    ResponseEntity<byte[]> exportList(@ModelAttribute ProposalCriteria criteria) {
        return Downloads.of("提案清单.xlsx", Downloads.XLSX, exports.list(criteria));
    }

    /** No period given: the current year. */
    static ProposalStatistics.Period period(Long sessionId, Integer year, LocalDate from, LocalDate to) {
        if (sessionId == null && year == null && from == null && to == null) {
            return new ProposalStatistics.Period(null, LocalDate.now().getYear(), null, null);
        }
        return new ProposalStatistics.Period(sessionId, year, from, to);
    }
}
