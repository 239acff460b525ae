package cn.tongxin.suggestion;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.calendar.WorkingDays;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.opinion.ReportForm;
import cn.tongxin.opinion.SubmitReports;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.DraftProposals;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** The micro-suggestion use cases: submit, review (accept and assign / reject / convert), close. */
@Service
@Transactional
public class MicroSuggestions {

    public static final SubjectType SUBJECT = SubjectType.MICRO_SUGGESTION;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final CommitteeSettings settings;
    private final WorkingDays workingDays;
    private final AssignToUnits assign;
    private final RatingAndClosing closing;
    private final HandlingQueries handling;
    private final Attachments attachments;
    private final DraftProposals proposals;
    private final SubmitReports opinions;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    MicroSuggestions(JdbcClient jdbc, CurrentUsers currentUsers, CommitteeSettings settings, WorkingDays workingDays,
                     AssignToUnits assign, RatingAndClosing closing, HandlingQueries handling, Attachments attachments,
                     DraftProposals proposals, SubmitReports opinions, Timeline timeline, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.workingDays = workingDays;
        this.assign = assign;
        this.closing = closing;
        this.handling = handling;
        this.attachments = attachments;
        this.proposals = proposals;
        this.opinions = opinions;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public long submit(String requestKey, String title, String body, String place, List<Upload> photos) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        if (member.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以提出微建议");
        }
        String key = Text.trimToNull(requestKey);
        if (key == null || key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        var existing = jdbc.sql("select id, member_id from micro_suggestion where committee_id = ? and request_key = ?")
                .params(member.committeeId(), key).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).optional();
        if (existing.isPresent()) {
            return existing.get().getKey();
        }
        int max = settings.value(member.committeeId(), SettingKey.MICRO_SUGGESTION_MAX_CHARS);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(title) || title.strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        if (Text.isBlank(body)) {
            errors.add("body", "请填写建议内容");
        } else if (body.strip().length() > max) {
            errors.add("body", "内容共" + body.strip().length() + "字，超过" + max + "字的上限");
        }
        if (place != null && place.length() > 200) {
            errors.add("place", "地点不能超过200个字");
        }
        for (Upload photo : photos == null ? List.<Upload>of() : photos) {
            if (!photo.isEmpty() && !Attachments.check(photo).startsWith("image/")) {
                errors.add("photos", "“" + photo.filename() + "”不是照片（仅支持 JPG、PNG）");
            }
        }
        errors.throwIfAny();
        long id = jdbc.sql("""
                insert into micro_suggestion (committee_id, request_key, status, title, body, place, member_id, submitted_at)
                values (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?) returning id""")
                .params(member.committeeId(), key, title.strip(), body.strip(), Text.trimToNull(place), member.memberId(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        for (Upload photo : photos == null ? List.<Upload>of() : photos) {
            if (!photo.isEmpty()) {
                attachments.store(member.committeeId(), SUBJECT, id, photo);
            }
        }
        timeline.record(member.committeeId(), SUBJECT, id, "提出", null, SuggestionStatus.SUBMITTED.label(), null);
        notifications.notify(member.committeeId(), Recipient.staff(), "新微建议：" + title.strip(), null, "/suggestions/" + id);
        return id;
    }

    /** 受理 and hand to one unit, which must reply within the working days the committee sets. */
    public long accept(long id, Long unitId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Locked s = lock(staff, id, SuggestionStatus.SUBMITTED, "受理");
        if (unitId == null) {
            throw BusinessException.invalid("请选择承办单位");
        }
        long c = staff.committeeId();
        long caseId = assign.assign(new AssignRequest(SubjectRef.of(SUBJECT, id), s.title(), "/suggestions/" + id, HandlingMode.SOLE,
                List.of(unitId), List.of(), Set.of(s.memberId())));
        setStatus(id, SuggestionStatus.HANDLING, "reviewed_at = now()");
        timeline.record(c, SUBJECT, id, "受理", SuggestionStatus.SUBMITTED.label(), SuggestionStatus.HANDLING.label(), null);
        notifications.notify(c, Recipient.member(s.memberId()), "微建议已受理：" + s.title(), "已交承办单位办理", "/suggestions/" + id);
        return caseId;
    }

    public void reject(long id, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Locked s = lock(staff, id, SuggestionStatus.SUBMITTED, "不予受理");
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写不予受理的理由");
        }
        setStatus(id, SuggestionStatus.REJECTED, "reviewed_at = now(), reject_reason = ?", reason.strip());
        timeline.record(staff.committeeId(), SUBJECT, id, "不予受理", SuggestionStatus.SUBMITTED.label(),
                SuggestionStatus.REJECTED.label(), reason.strip());
        notifications.notify(staff.committeeId(), Recipient.member(s.memberId()), "微建议不予受理：" + s.title(), reason.strip(),
                "/suggestions/" + id);
    }

    public enum Conversion { PROPOSAL, OPINION }

    /** Converted into a proposal draft (the member then completes and submits it) or an opinion report, linked. */
    public long convert(long id, Conversion to) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Locked s = lock(staff, id, SuggestionStatus.SUBMITTED, "转办");
        if (to == null) {
            throw BusinessException.invalid("请选择转为提案或社情民意信息");
        }
        String body = jdbc.sql("select body from micro_suggestion where id = ?").param(id).query(String.class).single();
        long target = to == Conversion.PROPOSAL
                ? proposals.create(new ProposalDraft("suggestion-" + id, ProposalKind.INDIVIDUAL, s.title(), body, null, null, null,
                "OTHER", null, true, s.memberId(), null), List.of())
                : opinions.submit(new ReportForm("suggestion-" + id, s.title(), body, "OTHER", null, s.memberId(), null), List.of());
        setStatus(id, SuggestionStatus.CONVERTED, "reviewed_at = now(), converted_to = ?, converted_id = ?", to.name(), target);
        String label = to == Conversion.PROPOSAL ? "转为提案草稿" : "转为社情民意信息";
        timeline.record(staff.committeeId(), SUBJECT, id, label, SuggestionStatus.SUBMITTED.label(), SuggestionStatus.CONVERTED.label(), null);
        notifications.notify(staff.committeeId(), Recipient.member(s.memberId()), "微建议" + label + "：" + s.title(), null,
                to == Conversion.PROPOSAL ? "/proposals/" + target : "/opinions/" + target);
        return target;
    }

    public void withdraw(long id) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        Locked s = lock(member, id, SuggestionStatus.SUBMITTED, "撤回");
        if (member.memberId() == null || member.memberId() != s.memberId()) {
            throw BusinessException.notFound("微建议");
        }
        setStatus(id, SuggestionStatus.WITHDRAWN, null);
        timeline.record(member.committeeId(), SUBJECT, id, "撤回", SuggestionStatus.SUBMITTED.label(), SuggestionStatus.WITHDRAWN.label(), null);
    }

    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        lock(staff, id, SuggestionStatus.HANDLING, "办结");
        closing.close(SubjectRef.of(SUBJECT, id));
    }

    /** The suggestion follows its case, in the same transaction. */
    @EventListener
    void on(HandlingEvents.CaseClosed event) {
        if (event.subject().type() != SUBJECT) {
            return;
        }
        long id = event.subject().id();
        jdbc.sql("select id from micro_suggestion where id = ? for update").param(id).query(Long.class).single();
        setStatus(id, SuggestionStatus.CLOSED, "closed_at = now()");
        timeline.record(event.committeeId(), SUBJECT, id, "办结", SuggestionStatus.HANDLING.label(), SuggestionStatus.CLOSED.label(), null);
    }

    record Locked(long id, SuggestionStatus status, String title, long memberId) {
    }

    private Locked lock(CurrentUser user, long id, SuggestionStatus required, String action) {
        Locked s = jdbc.sql("select id, status, title, member_id from micro_suggestion where id = ? and committee_id = ? for update")
                .params(id, user.committeeId())
                .query((rs, n) -> new Locked(rs.getLong("id"), SuggestionStatus.valueOf(rs.getString("status")), rs.getString("title"),
                        rs.getLong("member_id")))
                .optional().orElseThrow(() -> BusinessException.notFound("微建议"));
        if (s.status() != required) {
            throw BusinessException.conflict("该微建议当前状态为“" + s.status().label() + "”，不能" + action);
        }
        return s;
    }

    private void setStatus(long id, SuggestionStatus status, String more, Object... params) {
        Object[] all = new Object[params.length + 2];
        all[0] = status.name();
        System.arraycopy(params, 0, all, 1, params.length);
        all[all.length - 1] = id;
        jdbc.sql("update micro_suggestion set status = ?" + (more == null ? "" : ", " + more) + ", version = version + 1 where id = ?")
                .params(all).update();
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
