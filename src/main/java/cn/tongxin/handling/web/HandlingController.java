package cn.tongxin.handling.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.attachment.Upload;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.handling.StaffOversight;
import cn.tongxin.handling.UnitWork;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** Handling steps taken from a subject's page ({@code next} is that page) and the unit's work list. */
@Controller
class HandlingController {

    private final UnitWork unitWork;
    private final StaffOversight oversight;
    private final RatingAndClosing rating;
    private final HandlingQueries queries;

    HandlingController(UnitWork unitWork, StaffOversight oversight, RatingAndClosing rating, HandlingQueries queries) {
        this.unitWork = unitWork;
        this.oversight = oversight;
        this.rating = rating;
        this.queries = queries;
    }

    @GetMapping("/handling/tasks")
    String tasks(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.unitTasks(status == null || status.isBlank() ? null : status, PageQuery.of(page, 20)));
        model.addAttribute("status", status);
        return "handling/tasks";
    }

    @PostMapping("/handling/assignments/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam String next, RedirectAttributes r) {
        return Forms.step(next, r, "已签收", () -> unitWork.acknowledge(id));
    }

    @PostMapping("/handling/assignments/{id}/reassignment")
    String reassignment(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step(next, r, "已提交调整申请，等待工作人员审批", () -> unitWork.requestReassignment(id, reason));
    }

    @PostMapping("/handling/assignments/{id}/extension")
    String extension(@PathVariable long id, @RequestParam String next,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDue,
                     @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step(next, r, "已提交延期申请，等待工作人员审批", () -> unitWork.requestExtension(id, newDue, reason));
    }

    @PostMapping("/handling/assignments/{id}/contact")
    @ApiTwin("POST /api/v1/handling/assignments/{id}/contacts")
    String contact(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) String method,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactedOn,
                   @RequestParam(required = false) String contactWith, @RequestParam(required = false) String note,
                   RedirectAttributes r) {
        return Forms.step(next, r, "已记录沟通情况", () -> unitWork.recordContact(id, method, contactedOn, contactWith, note));
    }

    @PostMapping("/handling/assignments/{id}/opinion")
    String opinion(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) String text, RedirectAttributes r) {
        return Forms.step(next, r, "会办意见已提交主办单位", () -> unitWork.sendOpinion(id, text));
    }

    @PostMapping("/handling/assignments/{id}/reply")
    String reply(@PathVariable long id, @RequestParam String next, @ModelAttribute UnitWork.ReplyForm form,
                 @RequestParam(required = false) MultipartFile letter, RedirectAttributes r) throws IOException {
        Upload upload = letter == null || letter.isEmpty() ? null : new Upload(letter.getOriginalFilename(), letter.getBytes());
        return Forms.step(next, r, "答复已提交", () -> unitWork.reply(id, form, upload));
    }

    @PostMapping("/handling/assignments/{id}/urge")
    String urge(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step(next, r, "已催办", () -> oversight.urge(id, note));
    }

    @PostMapping("/handling/requests/{id}/decide")
    @ApiTwin("POST /api/v1/handling/requests/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String next, @RequestParam String kind, @RequestParam boolean approve,
                  @RequestParam(required = false) Long replacementUnitId, @RequestParam(required = false) String note,
                  RedirectAttributes r) {
        return Forms.step(next, r, approve ? "已同意" : "已不同意", () -> {
            if ("EXTENSION".equals(kind)) {
                oversight.decideExtension(id, approve, note);
            } else {
                oversight.decideReassignment(id, approve, replacementUnitId, note);
            }
        });
    }

    @PostMapping("/handling/replies/{id}/return")
    String returnReply(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step(next, r, "答复已退回承办单位", () -> oversight.returnReply(id, reason));
    }

    @PostMapping("/handling/cases/{id}/rate")
    @ApiTwin("POST /api/v1/handling/cases/{id}/ratings")
    String rate(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) Satisfaction attitude,
                @RequestParam(required = false) Satisfaction result, @RequestParam(required = false) String comment,
                RedirectAttributes r) {
        return Forms.step(next, r, "评价已提交，谢谢", () -> rating.rate(id, new RatingAndClosing.RatingForm(attitude, result, comment)));
    }

    @PostMapping("/handling/cases/{id}/rate-paper")
    @ApiTwin("POST /api/v1/handling/cases/{id}/paper-ratings")
    String ratePaper(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) Long memberId,
                     @RequestParam(required = false) Satisfaction attitude, @RequestParam(required = false) Satisfaction result,
                     @RequestParam(required = false) String comment, RedirectAttributes r) {
        return Forms.step(next, r, "已代录纸质评价", () -> {
            if (memberId == null) {
                throw cn.tongxin.shared.BusinessException.invalid("请选择评价的委员");
            }
            rating.rateOnPaper(id, memberId, new RatingAndClosing.RatingForm(attitude, result, comment));
        });
    }

    @PostMapping("/handling/cases/{id}/rehandle")
    @ApiTwin("POST /api/v1/handling/cases/{id}/rehandling")
    String rehandle(@PathVariable long id, @RequestParam String next, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step(next, r, "已要求重新办理", () -> rating.orderRehandling(id, reason));
    }
}
