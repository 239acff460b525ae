package cn.tongxin.performance.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.performance.PerformanceExports;
import cn.tongxin.performance.Ranking;
import cn.tongxin.web.Downloads;

/** 履职考评 for staff and leaders: the ranking with filters, distributions and aggregates, its export, the flags list. */
@Controller
class RankingPageController {

    private final Ranking ranking;
    private final PerformanceExports exports;
    private final Organization organization;

    RankingPageController(Ranking ranking, PerformanceExports exports, Organization organization) {
        this.ranking = ranking;
        this.exports = exports;
        this.organization = organization;
    }

    @GetMapping("/performance/ranking")
    String ranking(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long sector,
                   @RequestParam(required = false) Long specialCommittee, @RequestParam(required = false) Long studio,
                   @RequestParam(required = false) Boolean standing, @RequestParam(required = false) Integer page, Model model) {
        var filter = new Ranking.Filter(sector, specialCommittee, studio, standing);
        model.addAttribute("board", ranking.board(year, filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("sectors", organization.units(OrgUnitKind.SECTOR));
        model.addAttribute("specialCommittees", organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        model.addAttribute("studios", organization.units(OrgUnitKind.STUDIO));
        return "performance/ranking";
    }

    @GetMapping("/performance/ranking.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long sector,
                                  @RequestParam(required = false) Long specialCommittee, @RequestParam(required = false) Long studio,
                                  @RequestParam(required = false) Boolean standing) {
        byte[] file = exports.ranking(year, new Ranking.Filter(sector, specialCommittee, studio, standing));
        return Downloads.of("履职考评排名" + (year == null ? "" : "-" + year) + ".xlsx", Downloads.XLSX, file);
    }

    @GetMapping("/performance/flags")
    String flags(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("flagged", ranking.flags(year, page));
        return "performance/flags";
    }
}
