package cn.tongxin.proposal.web;

import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.tongxin.handling.HandlingMode;
import cn.tongxin.organization.Organization;
import cn.tongxin.proposal.BatchAction;
import cn.tongxin.proposal.BatchResult;
import cn.tongxin.proposal.ProposalBatches;
import cn.tongxin.shared.BusinessException;

/**
 * Batch steps from the proposal list: the rows ticked there and the step chosen come to a confirmation page listing
 * what will change; confirming runs the step on each and shows what was done and what was refused, with why.
 */
@Controller
@RequestMapping("/proposals/batch")
class ProposalBatchController {

    private final ProposalBatches batches;
    private final Organization organization;

    ProposalBatchController(ProposalBatches batches, Organization organization) {
        this.batches = batches;
        this.organization = organization;
    }

    @GetMapping
    String confirm(@RequestParam(required = false) BatchAction action, @RequestParam(required = false) List<Long> ids,
                   Model model, RedirectAttributes redirect) {
        if (action == null || ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("error", action == null ? "请选择批量操作" : "请至少勾选一件提案");
            return "redirect:/proposals";
        }
        BatchResult preview = batches.preview(action, ids);
        model.addAttribute("preview", preview);
        model.addAttribute("action", action);
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        if (action == BatchAction.ASSIGN) {
            model.addAttribute("units", organization.activeHandlingUnits());
            model.addAttribute("modes", HandlingMode.values());
        }
        return "proposal/batch-confirm";
    }

    @PostMapping("/review")
    String file(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) String note,
                @RequestParam(required = false) String requestKey, RedirectAttributes redirect) {
        return run(BatchAction.FILE, ids, redirect, () -> batches.file(new ProposalBatches.FileCommand(ids, note, requestKey)));
    }

    @PostMapping("/assign")
    String assign(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) HandlingMode mode,
                  @RequestParam(required = false) List<Long> responsibleUnits, @RequestParam(required = false) List<Long> coUnits,
                  @RequestParam(required = false) String requestKey, RedirectAttributes redirect) {
        return run(BatchAction.ASSIGN, ids, redirect, () -> batches.assign(
                new ProposalBatches.AssignCommand(ids, mode, responsibleUnits, coUnits, requestKey)));
    }

    @PostMapping("/urge")
    String urge(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) String note,
                @RequestParam(required = false) String requestKey, RedirectAttributes redirect) {
        return run(BatchAction.URGE, ids, redirect, () -> batches.urge(new ProposalBatches.UrgeCommand(ids, note, requestKey)));
    }

    @GetMapping("/{id}")
    String result(@PathVariable long id, Model model) {
        model.addAttribute("result", batches.result(id));
        return "proposal/batch-result";
    }

    private String run(BatchAction action, List<Long> ids, RedirectAttributes redirect, LongSupplier batch) {
        try {
            long id = batch.getAsLong();
            BatchResult result = batches.result(id);
            redirect.addFlashAttribute("notice", action.label() + "完成：" + result.doneCount() + " 件已处理，"
                    + result.refusedCount() + " 件未处理");
            return "redirect:/proposals/batch/" + id;
        } catch (BusinessException e) {
            if (e.status().value() == 403 || ids == null || ids.isEmpty()) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            var back = UriComponentsBuilder.fromPath("/proposals/batch").queryParam("action", action.name());
            ids.forEach(i -> back.queryParam("ids", i));
            return "redirect:" + back.toUriString();
        }
    }
}
