package cn.tongxin.proposal.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.handling.HandlingMode;
import cn.tongxin.proposal.CoSigning;
import cn.tongxin.proposal.KeyProposals;
import cn.tongxin.proposal.ProposalHandling;
import cn.tongxin.proposal.ReviewProposals;
import cn.tongxin.proposal.SubmitProposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The proposal's lifecycle steps from its page; each answers with a notice or the reason it was refused. */
@Controller
@RequestMapping("/proposals/{id}")
class ProposalActionsController {

    private final CoSigning coSigning;
    private final SubmitProposals submitting;
    private final ReviewProposals review;
    private final ProposalHandling handling;
    private final KeyProposals keyProposals;

    ProposalActionsController(CoSigning coSigning, SubmitProposals submitting, ReviewProposals review,
                              ProposalHandling handling, KeyProposals keyProposals) {
        this.coSigning = coSigning;
        this.submitting = submitting;
        this.review = review;
        this.handling = handling;
        this.keyProposals = keyProposals;
    }

    @PostMapping("/invite")
    @ApiTwin("POST /api/v1/proposals/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam(required = false) List<Long> memberIds, RedirectAttributes r) {
        return act(id, r, "已发出联名邀请", () -> coSigning.invite(id, memberIds));
    }

    @PostMapping("/respond")
    @ApiTwin("POST /api/v1/proposals/{id}/cosign")
    String respond(@PathVariable long id, @RequestParam boolean confirm, RedirectAttributes r) {
        return act(id, r, confirm ? "已确认联名" : "已谢绝联名", () -> coSigning.respond(id, confirm));
    }

    @PostMapping("/submit")
    String submit(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, "提案已提交，等待审查", () -> submitting.submit(id));
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, "提案已撤回", () -> submitting.withdraw(id));
    }

    @PostMapping("/pre-approve")
    String preApprove(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, "初审通过", () -> review.preApprove(id, note));
    }

    @PostMapping("/file")
    String file(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, "已立案", () -> review.file(id, note));
    }

    @PostMapping("/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
                  @RequestParam(required = false) ReviewProposals.Conversion conversion, RedirectAttributes r) {
        return act(id, r, "已作不予立案处理", () -> review.reject(id, reason, note, conversion));
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long targetId, @RequestParam(required = false) String note,
                 RedirectAttributes r) {
        return act(id, r, "已并案", () -> {
            if (targetId == null) {
                throw BusinessException.invalid("请选择并入的提案");
            }
            review.merge(id, targetId, note);
        });
    }

    @PostMapping("/return")
    String returnForRevision(@PathVariable long id, @RequestParam(required = false) String comments, RedirectAttributes r) {
        return act(id, r, "已退回修改", () -> review.returnForRevision(id, comments));
    }

    @PostMapping("/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) HandlingMode mode,
                  @RequestParam(required = false) List<Long> responsibleUnits, @RequestParam(required = false) List<Long> coUnits,
                  RedirectAttributes r) {
        return act(id, r, "已交办", () -> handling.assign(id, mode, responsibleUnits, coUnits));
    }

    @PostMapping("/close")
    String close(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, "已办结", () -> handling.close(id));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return act(id, r, "已重新打开", () -> handling.reopen(id, reason));
    }

    @PostMapping("/key")
    String key(@PathVariable long id, @RequestParam(defaultValue = "") String leaders, RedirectAttributes r) {
        return act(id, r, "已列为重点提案", () -> keyProposals.markKey(id, List.of(leaders.split("[,，、\\s]+"))));
    }

    @PostMapping("/supervision")
    @ApiTwin("POST /api/v1/proposals/{id}/supervisions")
    String supervision(@PathVariable long id, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                       @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, "已记录督办", () -> keyProposals.recordSupervision(id, kind, heldOn, note));
    }

    @PostMapping("/outstanding")
    String outstanding(@PathVariable long id, @RequestParam int year, @RequestParam boolean outstanding, RedirectAttributes r) {
        return act(id, r, outstanding ? "已评为优秀提案" : "已取消优秀提案", () -> keyProposals.markOutstanding(id, year, outstanding));
    }

    private static String act(long id, RedirectAttributes r, String done, Runnable action) {
        return Forms.step("/proposals/" + id, r, done, action);
    }
}
