package cn.tongxin.proposal.web;

import cn.tongxin.shared.SubjectType;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingQueries.HandlingFilter;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.DraftProposals;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalQueries;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalView;
import cn.tongxin.proposal.ReviewProposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

@Controller
class ProposalPageController {

    private final ProposalQueries queries;
    private final DraftProposals drafts;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Dictionaries dictionaries;
    private final CommitteeSettings settings;
    private final Members members;
    private final Attachments attachments;
    private final Clock clock;
    private final cn.tongxin.handling.HandlingSection handlingSection;

    private final CommitteeAccess committees;
    private final cn.tongxin.proposal.ProposalOutcomes outcomes;

    ProposalPageController(ProposalQueries queries, DraftProposals drafts, CurrentUsers currentUsers, Organization organization,
                           Dictionaries dictionaries, CommitteeSettings settings, Members members, Attachments attachments,
                           Clock clock, cn.tongxin.handling.HandlingSection handlingSection, CommitteeAccess committees,
                           cn.tongxin.proposal.ProposalOutcomes outcomes) {
        this.outcomes = outcomes;
        this.committees = committees;
        this.handlingSection = handlingSection;
        this.queries = queries;
        this.drafts = drafts;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.dictionaries = dictionaries;
        this.settings = settings;
        this.members = members;
        this.attachments = attachments;
        this.clock = clock;
    }

    @GetMapping("/proposals")
    String list(@ModelAttribute("criteria") ProposalCriteria criteria, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Long committeeId, Model model) {
        CurrentUser user = currentUsers.get();
        model.addAttribute("result", queries.list(criteria, PageQuery.of(page, 20), committeeId));
        var viewing = committees.viewing(user, committeeId);
        model.addAttribute("viewing", viewing);
        // a row links to the record in the committee being viewed (a higher committee reads a lower one's)
        model.addAttribute("rowQuery", viewing.readOnly() ? "?committeeId=" + viewing.committeeId() : "");
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("handlingFilters", HandlingFilter.values());
        model.addAttribute("categories", dictionaries.entries(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY));
        model.addAttribute("sessions", organization.sessions());
        // batch steps: the office on its own committee's list
        model.addAttribute("batchSteps", user.isOffice() && !viewing.readOnly());
        model.addAttribute("batchActions", cn.tongxin.proposal.BatchAction.values());
        if (user.has(Role.MEMBER)) {
            model.addAttribute("invitations", queries.invitations());
        }
        return "proposal/list";
    }

    @GetMapping("/proposals/new")
    String newForm(Model model) {
        CurrentUser user = currentUsers.require(Role.MEMBER, Role.ADMIN, Role.STAFF);
        model.addAttribute("form", new ProposalDraft(UUID.randomUUID().toString(), ProposalKind.INDIVIDUAL, null, null, null,
                null, null, null, null, true, user.memberId(), null));
        formChoices(model);
        return "proposal/form";
    }

    @PostMapping("/proposals")
    String create(@ModelAttribute("form") ProposalDraft form, @RequestParam(required = false) List<MultipartFile> files,
                  Model model, RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = uploads(files);
        return Forms.create(() -> drafts.create(form, uploads), "草稿已保存。可邀请联名，确认无误后提交。", "/proposals/", model,
                redirect, () -> formChoices(model), "proposal/form");
    }

    @GetMapping("/proposals/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ProposalView p = queries.page(id).proposal();
        model.addAttribute("proposalId", id);
        model.addAttribute("version", p.version());
        model.addAttribute("form", new ProposalDraft(null, p.kind(), p.title(), p.body(), p.situation(), p.analysis(),
                p.suggestions(), p.category(), p.suggestedUnits(), p.publishable(), p.leadMemberId(), p.collectiveUnitId(),
                p.onBehalf() ? p.receivedOn() : null));
        model.addAttribute("invited", p.cosigners());
        formChoices(model);
        return "proposal/form";
    }

    @PostMapping("/proposals/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProposalDraft form, @RequestParam int version,
                  @RequestParam(required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) throws IOException {
        model.addAttribute("proposalId", id);
        model.addAttribute("version", version);
        model.addAttribute("invited", queries.page(id).proposal().cosigners());
        formChoices(model);
        List<Upload> uploads = uploads(files);
        return Forms.submit(() -> {
            drafts.update(id, form, version, uploads);
            return id;
        }, "已保存", "redirect:/proposals/" + id, model, redirect, () -> "proposal/form");
    }

    @GetMapping("/proposals/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String inviteName,
                  @RequestParam(required = false) Long committeeId, Model model) {
        // across committees the page is built for a read-only reader of the lower committee, who is offered no step
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        var page = queries.page(id, committeeId);
        ProposalView p = page.proposal();
        LocalDate today = LocalDate.now(clock);
        boolean pendingInvitation = user.memberId() != null && p.cosigners().stream()
                .anyMatch(c -> c.memberId() == user.memberId() && "INVITED".equals(c.status()));
        var actions = AvailableActions.of(user, page, settings.enabled(user.committeeId(), SettingKey.TWO_STEP_REVIEW),
                pendingInvitation);
        model.addAttribute("page", page);
        model.addAttribute("p", p);
        // an imported proposal's handling is history too: its section offers no step
        handlingSection.addTo(model, user, page.imported() ? null : page.handling(), "/proposals/" + id, p.mergedIntoId() == null);
        if (page.imported()) {
            model.addAttribute("c", page.handling());
        }
        model.addAttribute("actions", actions);
        model.addAttribute("replyLetters", true);
        model.addAttribute("attachments", attachments.list(user.committeeId(), SubjectType.PROPOSAL, id));
        model.addAttribute("today", today);
        long committee = user.committeeId();
        Map<Long, String> names = new HashMap<>();
        if (page.handling() != null) {
            page.handling().raters().forEach(m -> members.find(m).ifPresent(v -> names.put(m, v.name())));
        }
        model.addAttribute("memberNames", names);
        // leaders' 签批 and 批示: on the committee's own page (a lower committee's are not shown across)
        boolean across = user.committeeId() != currentUsers.get().committeeId();
        model.addAttribute("leaderInstructions", across ? List.of() : outcomes.shown(id));
        model.addAttribute("instructionKinds", cn.tongxin.outcome.InstructionKind.values());
        model.addAttribute("instructionLevels", cn.tongxin.outcome.InstructionLevel.values());
        if (user.isOffice()) {
            model.addAttribute("reasons", dictionaries.entries(committee, DictionaryKind.NOT_FILED_REASON));
            model.addAttribute("units", organization.activeHandlingUnits());
            model.addAttribute("modes", HandlingMode.values());
            model.addAttribute("supervisionKinds", dictionaries.entries(committee, DictionaryKind.SUPERVISION_KIND));
            model.addAttribute("conversions", ReviewProposals.Conversion.values());
            if (actions.review()) {
                model.addAttribute("mergeTargets", queries.list(new ProposalCriteria(null, ProposalStatus.FILED, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null), new PageQuery(1, 200)).items());
            }
        }
        if (actions.invite() && inviteName != null && !inviteName.isBlank()) {
            List<MemberView> candidates = new ArrayList<>(members.search(inviteName));
            candidates.removeIf(m -> m.id() == (p.leadMemberId() == null ? -1 : p.leadMemberId())
                    || p.cosigners().stream().anyMatch(c -> c.memberId() == m.id()));
            model.addAttribute("candidates", candidates);
            model.addAttribute("inviteName", inviteName);
        }
        return "proposal/detail";
    }

    @GetMapping("/proposals/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        queries.page(id);
        var file = attachments.content(currentUsers.get().committeeId(), SubjectType.PROPOSAL, id, attachmentId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @GetMapping("/proposals/{id}/reply-files/{attachmentId}")
    ResponseEntity<byte[]> replyFile(@PathVariable long id, @PathVariable long attachmentId) {
        var page = queries.page(id);
        if (page.handling() == null) {
            throw BusinessException.notFound("附件");
        }
        var file = attachments.content(currentUsers.get().committeeId(), SubjectType.HANDLING_REPLY, page.handling().id(), attachmentId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    private void formChoices(Model model) {
        CurrentUser user = currentUsers.get();
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("categories", dictionaries.entries(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY));
        model.addAttribute("maxChars", settings.value(user.committeeId(), SettingKey.PROPOSAL_BODY_MAX_CHARS));
        var collective = new ArrayList<>(organization.affiliations());
        collective.addAll(organization.units(OrgUnitKind.SECTOR));
        collective.addAll(organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        model.addAttribute("collectiveUnits", collective);
        model.addAttribute("units", organization.activeHandlingUnits());
        List<MemberView> active = members.active();
        if (user.isOffice()) {
            model.addAttribute("leadCandidates", active);
        }
        // 联名: co-signers can be named on the form and are invited when the draft is saved
        java.util.Set<Long> invited = new java.util.HashSet<>();
        if (model.getAttribute("invited") instanceof List<?> list) {
            list.forEach(c -> invited.add(((ProposalView.Cosigner) c).memberId()));
        }
        model.addAttribute("cosignerCandidates", active.stream()
                .filter(m -> (user.memberId() == null || m.id() != user.memberId()) && !invited.contains(m.id())).toList());
    }

    private static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        return Upload.of(files);
    }
}
