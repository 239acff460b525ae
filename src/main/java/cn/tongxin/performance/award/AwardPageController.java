package cn.tongxin.performance.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.member.Members;
import cn.tongxin.web.Forms;

/** The campaigns page and one campaign's page; each step goes back to the campaign with a notice or the reason. */
@Controller
class AwardPageController {

    private final AwardQueries queries;
    private final AwardCampaignSteps steps;
    private final AwardReview review;
    private final PublishAwards publication;
    private final Members members;
    private final Organization organization;
    private final Clock clock;

    AwardPageController(AwardQueries queries, AwardCampaignSteps steps, AwardReview review, PublishAwards publication,
                        Members members, Organization organization, Clock clock) {
        this.queries = queries;
        this.steps = steps;
        this.review = review;
        this.publication = publication;
        this.members = members;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/awards")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("campaigns", queries.list(year));
        model.addAttribute("year", year);
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        model.addAttribute("kinds", List.of(AwardKind.values()));
        return "performance/award/list";
    }

    @PostMapping("/awards")
    String create(@RequestParam(required = false) Integer year, @RequestParam(required = false) AwardKind kind,
                  @RequestParam(defaultValue = "") String title, RedirectAttributes r) {
        long[] id = new long[1];
        String back = Forms.step("/awards", r, "已设立评选", () -> id[0] = steps.create(year, kind, title));
        return id[0] == 0 ? back : "redirect:/awards/" + id[0];
    }

    @GetMapping("/awards/{id}")
    String show(@PathVariable long id, Model model) {
        var page = queries.show(id);
        model.addAttribute("page", page);
        if (page.offers("NOMINATE")) {
            model.addAttribute("memberChoices", members.active());
            model.addAttribute("sectors", organization.units(OrgUnitKind.SECTOR));
        }
        return "performance/award/campaign";
    }

    @PostMapping("/awards/{id}/open")
    String open(@PathVariable long id, RedirectAttributes r) {
        return Forms.step(back(id), r, "已开始提名，候选已据履职记录推荐", () -> steps.open(id));
    }

    @PostMapping("/awards/{id}/nominations")
    String nominate(@PathVariable long id, @RequestParam(required = false) Long memberId, @RequestParam(required = false) Long recordId,
                    @RequestParam(required = false) Long sectorId, @RequestParam(defaultValue = "") String title,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes r) {
        return Forms.step(back(id), r, "已提名", () -> steps.nominate(id, new Nomination(memberId, recordId, sectorId, title, reason)));
    }

    @PostMapping("/awards/{id}/review")
    String startReview(@PathVariable long id, RedirectAttributes r) {
        return Forms.step(back(id), r, "已进入评审", () -> steps.startReview(id));
    }

    @PostMapping("/awards/{id}/candidates/{candidateId}/shortlist")
    String shortlist(@PathVariable long id, @PathVariable long candidateId, @RequestParam(defaultValue = "") String note,
                     RedirectAttributes r) {
        return Forms.step(back(id), r, "已列入建议名单", () -> review.shortlist(id, candidateId, note));
    }

    @PostMapping("/awards/{id}/candidates/{candidateId}/remove")
    String remove(@PathVariable long id, @PathVariable long candidateId, @RequestParam(defaultValue = "") String note,
                  RedirectAttributes r) {
        return Forms.step(back(id), r, "已移出候选", () -> review.remove(id, candidateId, note));
    }

    @PostMapping("/awards/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) List<Long> winnerIds,
                  @RequestParam(defaultValue = "") String note, RedirectAttributes r) {
        return Forms.step(back(id), r, "已决定获评名单", () -> review.decide(id, winnerIds, note));
    }

    @PostMapping("/awards/{id}/publication")
    String publish(@PathVariable long id, RedirectAttributes r) {
        return Forms.step(back(id), r, "已公布，获评委员已记入履职档案", () -> publication.publish(id));
    }

    @PostMapping("/awards/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes r) {
        return Forms.step(back(id), r, "已撤销评选", () -> steps.cancel(id, note));
    }

    private static String back(long id) {
        return "/awards/" + id;
    }
}
