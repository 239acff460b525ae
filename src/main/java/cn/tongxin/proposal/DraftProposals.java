package cn.tongxin.proposal;

import cn.tongxin.shared.SubjectType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.proposal.internal.SessionCalendar;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** A member (or staff on their behalf) drafts a proposal, invites co-signers, and submits it for review. */
@Service
@Transactional
public class DraftProposals {

    private final JdbcClient jdbc;
    private final ProposalStore store;
    private final ProposalAccess access;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Organization organization;
    private final Dictionaries dictionaries;
    private final CommitteeSettings settings;
    private final SessionCalendar calendar;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    DraftProposals(JdbcClient jdbc, ProposalStore store, ProposalAccess access, CurrentUsers currentUsers, Members members,
                   Organization organization, Dictionaries dictionaries, CommitteeSettings settings,
                   SessionCalendar calendar, Attachments attachments, Timeline timeline, Notifications notifications,
                   Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.currentUsers = currentUsers;
        this.members = members;
        this.organization = organization;
        this.dictionaries = dictionaries;
        this.settings = settings;
        this.calendar = calendar;
        this.attachments = attachments;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Creates a draft; the same form sent twice (same request key) creates it once. */
    public long create(ProposalDraft draft, List<Upload> files) {
        CurrentUser user = currentUsers.require(Role.MEMBER, Role.ADMIN, Role.STAFF);
        String key = Text.trimToNull(draft.requestKey());
        if (key == null || key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        var existing = jdbc.sql("select id, entered_by from proposal where committee_id = ? and request_key = ?")
                .params(user.committeeId(), key).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        if (existing.isPresent()) {
            if (!existing.get().getValue().equals(user.username())) {
                throw BusinessException.conflict("表单已被使用，请刷新页面后重新填写");
            }
            return existing.get().getKey();
        }
        boolean onBehalf = !user.has(Role.MEMBER) || (draft.leadMemberId() != null && !draft.leadMemberId().equals(user.memberId()));
        if (onBehalf && !user.isOffice()) {
            throw BusinessException.forbidden("只有工作人员可以代委员录入提案");
        }
        Long lead = onBehalf ? draft.leadMemberId() : user.memberId();
        validate(user, draft, lead, false);
        var kind = draft.kind() == null ? ProposalKind.INDIVIDUAL : draft.kind();
        long id = jdbc.sql("""
                insert into proposal (committee_id, request_key, status, kind, title, body, situation, analysis, suggestions,
                       category, suggested_units, publishable, lead_member_id, collective_unit_id, entered_by, on_behalf)
                values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.committeeId(), key, kind.name(), draft.title().strip(), Text.trimToNull(draft.body()),
                        Text.trimToNull(draft.situation()), Text.trimToNull(draft.analysis()),
                        Text.trimToNull(draft.suggestions()), draft.category(), Text.trimToNull(draft.suggestedUnits()),
                        draft.publishable() == null || draft.publishable(), lead,
                        kind == ProposalKind.COLLECTIVE ? draft.collectiveUnitId() : null, user.username(), onBehalf)
                .query(Long.class).single();
        store(user, id, files);
        timeline.record(user.committeeId(), ProposalAccess.SUBJECT, id, "起草", null, ProposalStatus.DRAFT.label(),
                onBehalf ? "工作人员代为录入" : null);
        return id;
    }

    public void update(long id, ProposalDraft draft, int version, List<Upload> files) {
        CurrentUser user = currentUsers.get();
        ProposalStore.Locked p = editable(user, id);
        if (p.version() != version) {
            throw BusinessException.conflict("该提案已被修改，请刷新后重试");
        }
        validate(user, draft, p.leadMemberId(), false);
        var kind = draft.kind() == null ? p.kind() : draft.kind();
        jdbc.sql("""
                update proposal set kind = ?, title = ?, body = ?, situation = ?, analysis = ?, suggestions = ?, category = ?,
                       suggested_units = ?, publishable = ?, collective_unit_id = ?, updated_at = now(), version = version + 1
                 where id = ?""")
                .params(kind.name(), draft.title().strip(), Text.trimToNull(draft.body()), Text.trimToNull(draft.situation()),
                        Text.trimToNull(draft.analysis()), Text.trimToNull(draft.suggestions()), draft.category(),
                        Text.trimToNull(draft.suggestedUnits()), draft.publishable() == null || draft.publishable(),
                        kind == ProposalKind.COLLECTIVE ? draft.collectiveUnitId() : null, id)
                .update();
        store(user, id, files);
        timeline.record(user.committeeId(), ProposalAccess.SUBJECT, id, "修改", null, null, null);
    }

    /** The lead invites members to co-sign; each has until the co-sign deadline to confirm. */
    public void invite(long id, List<Long> memberIds) {
        CurrentUser user = currentUsers.get();
        ProposalStore.Locked p = editable(user, id);
        if (p.kind() == ProposalKind.COLLECTIVE) {
            throw BusinessException.conflict("集体提案不邀请联名");
        }
        if (memberIds == null || memberIds.isEmpty()) {
            throw BusinessException.invalid("请选择邀请联名的委员");
        }
        Instant now = Instant.now(clock);
        Instant due = now.plus(java.time.Duration.ofDays(settings.value(user.committeeId(), SettingKey.COSIGN_DEADLINE_DAYS)));
        var placement = calendar.place(organization.sessions(), LocalDate.now(clock),
                settings.value(user.committeeId(), SettingKey.SESSION_PROPOSAL_LEAD_MONTHS));
        if (placement.sessionProposal()) {
            Instant sessionEnd = placement.session().submissionDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            if (due.isAfter(sessionEnd)) {
                due = sessionEnd;
            }
        }
        for (Long memberId : Set.copyOf(memberIds)) {
            MemberView m = members.find(memberId).orElseThrow(() -> BusinessException.invalid("所选委员不存在"));
            if (m.status() != MemberStatus.ACTIVE) {
                throw BusinessException.invalid(m.name() + "已离任，不能邀请联名");
            }
            if (memberId.equals(p.leadMemberId())) {
                throw BusinessException.invalid("不能邀请第一提案人本人联名");
            }
            int inserted = jdbc.sql("""
                    insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at) values (?, ?, 'INVITED', ?, ?)
                    on conflict (proposal_id, member_id) do nothing""")
                    .params(id, memberId, Timestamp.from(now), Timestamp.from(due)).update();
            if (inserted > 0) {
                notifications.notify(user.committeeId(), Recipient.member(memberId), "联名邀请：" + p.title(),
                        "请于 " + due.atZone(clock.getZone()).toLocalDate() + " 前确认是否联名", "/proposals/" + id);
                timeline.record(user.committeeId(), ProposalAccess.SUBJECT, id, "邀请联名", null, null, m.name());
            }
        }
        jdbc.sql("update proposal set kind = 'JOINT', version = version + 1 where id = ?").param(id).update();
    }

    /** An invited member confirms or declines; only confirmations before the deadline count. */
    public void respond(long id, boolean confirm) {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        ProposalStore.Locked p = store.lock(user.committeeId(), id);
        var invitation = jdbc.sql("select status, due_at from proposal_cosigner where proposal_id = ? and member_id = ? for update")
                .params(id, user.memberId())
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getTimestamp("due_at").toInstant())).optional()
                .orElseThrow(() -> BusinessException.notFound("联名邀请"));
        if (!"INVITED".equals(invitation.getKey())) {
            throw BusinessException.conflict("您已答复过该联名邀请");
        }
        if (Instant.now(clock).isAfter(invitation.getValue())) {
            throw BusinessException.conflict("联名确认已截止，不能再确认");
        }
        if (!Set.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.PRE_APPROVED, ProposalStatus.RETURNED)
                .contains(p.status())) {
            throw BusinessException.conflict("该提案已审查，联名已截止");
        }
        jdbc.sql("update proposal_cosigner set status = ?, responded_at = ? where proposal_id = ? and member_id = ?")
                .params(confirm ? "CONFIRMED" : "DECLINED", Timestamp.from(Instant.now(clock)), id, user.memberId()).update();
        timeline.record(user.committeeId(), ProposalAccess.SUBJECT, id, confirm ? "确认联名" : "谢绝联名", null, null,
                user.displayName());
    }

    public void submit(long id) {
        CurrentUser user = currentUsers.get();
        ProposalStore.Locked p = store.lock(user.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.SUBMIT);
        if (!access.isProposerSide(user, p)) {
            throw BusinessException.forbidden("只有第一提案人（或代为录入的工作人员）可以提交");
        }
        var view = store.view(user.committeeId(), id).orElseThrow();
        validate(user, new ProposalDraft(null, view.kind(), view.title(), view.body(), view.situation(), view.analysis(),
                view.suggestions(), view.category(), view.suggestedUnits(), view.publishable(), view.leadMemberId(),
                view.collectiveUnitId()), view.leadMemberId(), true);
        if (view.kind() == ProposalKind.JOINT && view.cosigners().stream().noneMatch(c -> "CONFIRMED".equals(c.status()))) {
            throw BusinessException.conflict("联名提案至少需要一位委员确认联名；也可改为个人提案后提交");
        }
        var placement = calendar.place(organization.sessions(), LocalDate.now(clock),
                settings.value(user.committeeId(), SettingKey.SESSION_PROPOSAL_LEAD_MONTHS));
        store.setStatus(id, step.to(), "submitted_at = ?, session_id = ?, session_proposal = ?",
                Timestamp.from(Instant.now(clock)), placement.session().id(), placement.sessionProposal());
        timeline.record(user.committeeId(), ProposalAccess.SUBJECT, id, "提交", p.status().label(), step.to().label(),
                placement.session().name() + (placement.sessionProposal() ? "大会提案" : "平时提案"));
        notifications.notify(user.committeeId(), Recipient.staff(), "新提案待审查：" + p.title(), null, "/proposals/" + id);
    }

    public void withdraw(long id) {
        CurrentUser user = currentUsers.get();
        ProposalStore.Locked p = store.lock(user.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.WITHDRAW);
        if (!access.isProposerSide(user, p)) {
            throw BusinessException.forbidden("只有第一提案人可以撤回");
        }
        store.setStatus(id, step.to(), null);
        timeline.record(user.committeeId(), ProposalAccess.SUBJECT, id, "撤回", p.status().label(), step.to().label(), null);
    }

    private ProposalStore.Locked editable(CurrentUser user, long id) {
        ProposalStore.Locked p = store.lock(user.committeeId(), id);
        if (!access.isProposerSide(user, p)) {
            throw p.leadMemberId() != null && user.memberId() != null && store.isOwnedBy(id, user.memberId())
                    ? BusinessException.forbidden("只有第一提案人可以修改提案") : BusinessException.notFound("提案");
        }
        if (p.status() != ProposalStatus.DRAFT && p.status() != ProposalStatus.RETURNED) {
            throw BusinessException.conflict("该提案当前状态为“" + p.status().label() + "”，不能修改");
        }
        return p;
    }

    private void store(CurrentUser user, long id, List<Upload> files) {
        if (files == null) {
            return;
        }
        for (Upload file : files) {
            if (!file.isEmpty()) {
                attachments.store(user.committeeId(), SubjectType.PROPOSAL, id, file);
            }
        }
    }

    private void validate(CurrentUser user, ProposalDraft d, Long lead, boolean complete) {
        var errors = new FieldErrors.Collector();
        int max = settings.value(user.committeeId(), SettingKey.PROPOSAL_BODY_MAX_CHARS);
        if (Text.isBlank(d.title())) {
            errors.add("title", "请填写案由");
        } else if (d.title().strip().length() > 200) {
            errors.add("title", "案由不能超过200个字");
        }
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY, d.category())) {
            errors.add("category", "请选择提案分类");
        }
        int length = len(d.body()) + len(d.situation()) + len(d.analysis()) + len(d.suggestions());
        if (length > max) {
            errors.add("body", "正文共" + length + "字，超过" + max + "字的上限");
        }
        if (complete && length == 0) {
            errors.add("body", "请填写提案正文（或情况、分析、建议三部分）");
        }
        if (complete && !Text.isBlank(d.situation()) && Text.isBlank(d.suggestions())) {
            errors.add("suggestions", "分部分撰写时须有具体建议");
        }
        var kind = d.kind() == null ? ProposalKind.INDIVIDUAL : d.kind();
        if (kind == ProposalKind.COLLECTIVE) {
            checkCollective(user, d.collectiveUnitId(), errors);
        } else if (lead == null) {
            errors.add("leadMemberId", "请选择第一提案人");
        } else if (members.find(lead).isEmpty()) {
            errors.add("leadMemberId", "所选委员不存在");
        }
        errors.throwIfAny();
    }

    /** A collective proposal is in the name of a party, group, sector or special committee: staff, or its own member. */
    private void checkCollective(CurrentUser user, Long unitId, FieldErrors.Collector errors) {
        Map<Long, OrgUnit> allowed = new HashMap<>();
        for (OrgUnitKind k : List.of(OrgUnitKind.PARTY, OrgUnitKind.GROUP, OrgUnitKind.NON_PARTY, OrgUnitKind.SECTOR,
                OrgUnitKind.SPECIAL_COMMITTEE)) {
            organization.units(k).forEach(u -> allowed.put(u.id(), u));
        }
        if (unitId == null || !allowed.containsKey(unitId)) {
            errors.add("collectiveUnitId", "请选择提出集体提案的党派、团体、界别或专委会");
            return;
        }
        if (!user.isOffice()) {
            MemberView me = user.memberId() == null ? null : members.find(user.memberId()).orElse(null);
            boolean own = me != null && (unitId.equals(me.affiliationId()) || unitId.equals(me.sectorId())
                    || unitId.equals(me.specialCommitteeId()));
            if (!own) {
                errors.add("collectiveUnitId", "只能以本人所在党派、界别或专委会的名义提出集体提案");
            }
        }
    }

    private static int len(String s) {
        return s == null ? 0 : s.strip().length();
    }
}
