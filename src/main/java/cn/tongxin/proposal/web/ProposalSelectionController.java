package cn.tongxin.proposal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.organization.Organization;
import cn.tongxin.proposal.ProposalSelections;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.Downloads;

/** 优秀提案选编: choose the period, tick and order the proposals, download the .docx (nothing is stored). */
@Controller
class ProposalSelectionController {

    private final ProposalSelections selections;
    private final Organization organization;
    private final java.time.Clock clock;

    ProposalSelectionController(ProposalSelections selections, Organization organization, java.time.Clock clock) {
        this.selections = selections;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/proposals/selection")
    String choose(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long termId, Model model) {
        Integer y = year == null && termId == null ? java.time.LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("termId", termId);
        model.addAttribute("terms", organization.terms());
        model.addAttribute("candidates", selections.candidates(y, termId));
        String period = termId == null ? y + "年度" : organization.terms().stream().filter(t -> t.id() == termId)
                .map(cn.tongxin.organization.TermView::name).findFirst().orElse("");
        model.addAttribute("title", period + "优秀提案选编");
        return "proposal/selection";
    }

    /** The ticked proposals ({@code ids}) in the order typed beside each ({@code order.{id}}), then as listed. */
    @GetMapping("/proposals/selection.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) String title, @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) Long termId, @RequestParam(required = false) List<Long> ids,
                                @RequestParam Map<String, String> params) {
        List<Long> ordered = new ArrayList<>(ids == null ? List.of() : ids);
        List<Long> listed = List.copyOf(ordered);
        ordered.sort(Comparator.comparingInt((Long id) -> order(params.get("order." + id), listed.indexOf(id)))
                .thenComparingInt(listed::indexOf));
        return Downloads.of("优秀提案选编.docx", Downloads.DOCX,
                selections.docx(new ProposalSelections.SelectionForm(title, year, termId, ordered)));
    }

    private static int order(String typed, int fallback) {
        if (typed == null || typed.isBlank()) {
            return 10_000 + fallback;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("顺序须为数字：" + typed.strip());
        }
    }
}
