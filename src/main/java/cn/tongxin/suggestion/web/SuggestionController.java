package cn.tongxin.suggestion.web;

import cn.tongxin.shared.SubjectType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.handling.HandlingSection;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.suggestion.ReviewSuggestions;
import cn.tongxin.suggestion.SubmitSuggestions;
import cn.tongxin.suggestion.SuggestionActions;
import cn.tongxin.suggestion.SuggestionConversion;
import cn.tongxin.suggestion.SuggestionQueries;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

@Controller
class SuggestionController {

    private final SubmitSuggestions submit;
    private final ReviewSuggestions review;
    private final SuggestionQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final CommitteeSettings settings;
    private final Members members;
    private final Attachments attachments;
    private final HandlingSection handlingSection;

    private final CommitteeAccess committees;

    SuggestionController(SubmitSuggestions submit, ReviewSuggestions review, SuggestionQueries queries, CurrentUsers currentUsers,
                         Organization organization, CommitteeSettings settings, Members members, Attachments attachments,
                         HandlingSection handlingSection, CommitteeAccess committees) {
        this.submit = submit;
        this.review = review;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.settings = settings;
        this.members = members;
        this.attachments = attachments;
        this.handlingSection = handlingSection;
        this.committees = committees;
    }

    @GetMapping("/suggestions")
    String list(@RequestParam(required = false) SuggestionStatus status, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Long committeeId, Model model) {
        model.addAttribute("result", queries.list(status, year, PageQuery.of(page, 20), committeeId));
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        model.addAttribute("year", year);
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("status", status);
        return "suggestion/list";
    }

    @GetMapping("/suggestions/new")
    String form(Model model) {
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("maxChars", settings.value(currentUsers.get().committeeId(), SettingKey.MICRO_SUGGESTION_MAX_CHARS));
        return "suggestion/form";
    }

    @PostMapping("/suggestions")
    String create(@RequestParam(defaultValue = "") String requestKey, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String place,
                  @RequestParam(required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : photos == null ? List.<MultipartFile>of() : photos) {
            if (!f.isEmpty()) {
                uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        return Forms.create(() -> submit.submit(requestKey, title, body, place, uploads), "微建议已提交，我们会尽快处理",
                "/suggestions/", model, redirect, () -> {
                    model.addAttribute("requestKey", requestKey);
                    model.addAttribute("title", title);
                    model.addAttribute("body", body);
                    model.addAttribute("place", place);
                    model.addAttribute("maxChars", settings.value(currentUsers.get().committeeId(), SettingKey.MICRO_SUGGESTION_MAX_CHARS));
                }, "suggestion/form");
    }

    @GetMapping("/suggestions/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long committeeId, Model model) {
        // across committees the page is built for a read-only reader of the lower committee, who is offered no step
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        var page = queries.page(id, committeeId);
        model.addAttribute("page", page);
        model.addAttribute("s", page.suggestion());
        model.addAttribute("actions", SuggestionActions.of(user, page.suggestion(),
                page.handling() == null ? null : page.handling().status()));
        handlingSection.addTo(model, user, page.handling(), "/suggestions/" + id, true);
        Map<Long, String> names = new HashMap<>();
        members.find(page.suggestion().memberId()).ifPresent(m -> names.put(m.id(), m.name()));
        model.addAttribute("memberNames", names);
        if (user.isOffice()) {
            model.addAttribute("units", organization.activeHandlingUnits());
        }
        return "suggestion/detail";
    }

    @GetMapping("/suggestions/{id}/photos/{attachmentId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long attachmentId) {
        queries.page(id);
        var file = attachments.content(currentUsers.get().committeeId(), SubmitSuggestions.SUBJECT, id, attachmentId)
                .orElseThrow(() -> BusinessException.notFound("照片"));
        return ResponseEntity.ok().header("Content-Type", file.contentType()).body(file.content());
    }

    @GetMapping("/suggestions/{id}/reply-files/{attachmentId}")
    ResponseEntity<byte[]> replyFile(@PathVariable long id, @PathVariable long attachmentId) {
        var page = queries.page(id);
        if (page.handling() == null) {
            throw BusinessException.notFound("附件");
        }
        var file = attachments.content(currentUsers.get().committeeId(), SubjectType.HANDLING_REPLY, page.handling().id(), attachmentId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @PostMapping("/suggestions/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long unitId, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已受理并交办", () -> review.accept(id, unitId));
    }

    @PostMapping("/suggestions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已作不予受理处理", () -> review.reject(id, reason));
    }

    @PostMapping("/suggestions/{id}/convert")
    String convert(@PathVariable long id, @RequestParam(required = false) SuggestionConversion to, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已转办", () -> review.convert(id, to));
    }

    @PostMapping("/suggestions/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已撤回", () -> submit.withdraw(id));
    }

    @PostMapping("/suggestions/{id}/close")
    String close(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/suggestions/" + id, r, "已办结", () -> review.close(id));
    }

    @GetMapping("/suggestion-statistics")
    String statistics(@RequestParam(required = false) Integer year,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("stats", queries.statistics(year, from, to));
        return "suggestion/statistics";
    }

    @GetMapping("/suggestion-statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Downloads.of("微建议统计.xlsx", Downloads.XLSX, SuggestionExport.xlsx(queries.statistics(year, from, to)));
    }
}
