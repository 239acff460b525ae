package cn.tongxin.activity.web;

import cn.tongxin.web.ApiTwin;
import cn.tongxin.shared.SubjectType;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.activity.ActivityOutputs;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.RecordOutputs;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.HandlingSection;
import cn.tongxin.member.Members;
import cn.tongxin.organization.Organization;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.Forms;

/** Speeches and outputs of an activity: recording, outcomes, and the government response through the handling engine. */
@Controller
class OutputController {

    private final RecordOutputs recordOutputs;
    private final ActivityOutputs outputs;
    private final ActivityQueries queries;
    private final HandlingQueries handling;
    private final HandlingSection handlingSection;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Members members;
    private final cn.tongxin.attachment.Attachments attachments;

    OutputController(RecordOutputs recordOutputs, ActivityOutputs outputs, ActivityQueries queries, HandlingQueries handling, HandlingSection handlingSection,
                     CurrentUsers currentUsers, Organization organization, Members members,
                     cn.tongxin.attachment.Attachments attachments) {
        this.attachments = attachments;
        this.recordOutputs = recordOutputs;
        this.outputs = outputs;
        this.queries = queries;
        this.handling = handling;
        this.handlingSection = handlingSection;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.members = members;
    }

    @PostMapping("/activities/{id}/outputs")
    String record(@PathVariable long id, @RequestParam(required = false) OutputKind kind, @RequestParam(defaultValue = "") String title,
                  @RequestParam(required = false) String text, @RequestParam(required = false) List<Long> authorIds, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, "已登记", () -> recordOutputs.record(id, kind, title, text, authorIds));
    }

    @GetMapping("/activities/{id}/outputs/{outputId}")
    String output(@PathVariable long id, @PathVariable long outputId, Model model) {
        CurrentUser user = currentUsers.get();
        boolean assignedUnit = user.unitId() != null
                && handling.assignedToUnit(user.committeeId(), ActivityOutputs.SUBJECT, outputId, user.unitId());
        var page = assignedUnit && !user.isOffice() ? null : queries.page(id);
        var output = page == null ? null : page.outputs().stream().filter(o -> o.id() == outputId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("成果"));
        var c = handling.view(user.committeeId(), ActivityOutputs.SUBJECT, outputId).orElse(null);
        if (page == null && c == null) {
            throw BusinessException.notFound("成果");
        }
        model.addAttribute("activityId", id);
        model.addAttribute("o", output);
        model.addAttribute("outputId", outputId);
        boolean imported = output != null && output.imported();
        // an imported output's handling is history too: its section offers no step
        handlingSection.addTo(model, user, imported ? null : c, "/activities/" + id + "/outputs/" + outputId, true);
        model.addAttribute("c", c);
        var names = new java.util.HashMap<Long, String>();
        if (c != null) {
            c.raters().forEach(m -> members.find(m).ifPresent(v -> names.put(m, v.name())));
        }
        model.addAttribute("memberNames", names);
        var upward = output == null ? null : outputs.upward(outputId).orElse(null);
        model.addAttribute("upward", upward);
        model.addAttribute("upwardOffered", output != null && !imported && upward == null && user.isOffice()
                && organization.committee(user.committeeId()).map(cv -> cv.parentId() != null).orElse(false));
        if (user.isOffice()) {
            model.addAttribute("units", organization.activeHandlingUnits());
            model.addAttribute("modes", HandlingMode.values());
            model.addAttribute("adoptionLevels", AdoptionLevel.values());
            model.addAttribute("instructionLevels", InstructionLevel.values());
        }
        return "activity/output";
    }

    /** A reply letter a unit attached to its answer on this output. */
    @GetMapping("/activities/{id}/outputs/{outputId}/reply-files/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> replyFile(@PathVariable long id, @PathVariable long outputId, @PathVariable long attachmentId) {
        CurrentUser user = currentUsers.get();
        boolean assignedUnit = user.unitId() != null
                && handling.assignedToUnit(user.committeeId(), ActivityOutputs.SUBJECT, outputId, user.unitId());
        if (!assignedUnit) {
            queries.page(id);
        }
        var c = handling.view(user.committeeId(), ActivityOutputs.SUBJECT, outputId).orElseThrow(() -> BusinessException.notFound("附件"));
        var file = attachments.content(user.committeeId(), SubjectType.HANDLING_REPLY, c.id(), attachmentId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
        return cn.tongxin.web.Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @PostMapping("/activities/{id}/outputs/{outputId}/response")
    @ApiTwin("POST /api/v1/activity-outputs/{id}/response")
    String sendForResponse(@PathVariable long id, @PathVariable long outputId, @RequestParam(required = false) HandlingMode mode,
                           @RequestParam(required = false) List<Long> responsibleUnits, @RequestParam(required = false) List<Long> coUnits,
                           RedirectAttributes r) {
        return Forms.step("/activities/" + id + "/outputs/" + outputId, r, "已交承办单位办理",
                () -> outputs.sendForResponse(outputId, mode, responsibleUnits, coUnits));
    }

    @PostMapping("/activities/{id}/outputs/{outputId}/upward")
    @ApiTwin("POST /api/v1/activity-outputs/{id}/upward")
    String submitUpward(@PathVariable long id, @PathVariable long outputId, RedirectAttributes r) {
        return Forms.step("/activities/" + id + "/outputs/" + outputId, r, "已报送上级政协，进入上级政协的信息受理",
                () -> outputs.submitUpward(outputId));
    }

    @PostMapping("/activities/{id}/outputs/{outputId}/adopt")
    @ApiTwin("POST /api/v1/activity-outputs/{id}/adoptions")
    String adopt(@PathVariable long id, @PathVariable long outputId, @RequestParam(required = false) AdoptionLevel level,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) String note, RedirectAttributes r) {
        return Forms.step("/activities/" + id + "/outputs/" + outputId, r, "已登记采用", () -> outputs.adopt(outputId, level, false, on, note));
    }

    @PostMapping("/activities/{id}/outputs/{outputId}/instruct")
    @ApiTwin("POST /api/v1/activity-outputs/{id}/instructions")
    String instruct(@PathVariable long id, @PathVariable long outputId, @RequestParam(required = false) String leader,
                    @RequestParam(required = false) InstructionLevel level,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String text, @RequestParam(required = false) String department, RedirectAttributes r) {
        return Forms.step("/activities/" + id + "/outputs/" + outputId, r, "已登记批示",
                () -> outputs.instruct(outputId, new Outcomes.InstructionForm(leader, level, on, text, department)));
    }
}
