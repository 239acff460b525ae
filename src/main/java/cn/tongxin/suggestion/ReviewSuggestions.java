package cn.tongxin.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.suggestion.internal.MicroSuggestion;
import cn.tongxin.suggestion.internal.MicroSuggestions;
import cn.tongxin.timeline.Timeline;

/** Staff review: 受理 and hand to one unit, 不予受理, 转办 into a proposal draft or an opinion report; and 办结. */
@Service
@Transactional
public class ReviewSuggestions {

    private static final cn.tongxin.shared.SubjectType SUBJECT = SubmitSuggestions.SUBJECT;

    private final MicroSuggestions suggestions;
    private final CurrentUsers currentUsers;
    private final AssignToUnits assign;
    private final RatingAndClosing closing;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    ReviewSuggestions(MicroSuggestions suggestions, CurrentUsers currentUsers, AssignToUnits assign, RatingAndClosing closing,
                      Timeline timeline, Notifications notifications, Clock clock) {
        this.suggestions = suggestions;
        this.currentUsers = currentUsers;
        this.assign = assign;
        this.closing = closing;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** 受理 and hand to one unit, which must reply within the working days the committee sets. */
    public long accept(long id, Long unitId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        MicroSuggestion s = lock(staff, id);
        s.require(SuggestionAction.ACCEPT);
        if (unitId == null) {
            throw BusinessException.invalid("请选择承办单位");
        }
        long caseId = assign.assign(new AssignRequest(SubjectRef.of(SUBJECT, id), s.title(), "/suggestions/" + id, HandlingMode.SOLE,
                List.of(unitId), List.of(), Set.of(s.memberId())));
        s.accept(Instant.now(clock), LocalDate.now(clock));
        suggestions.save(s);
        timeline.record(staff.committeeId(), SUBJECT, id, "受理", SuggestionStatus.SUBMITTED.label(), SuggestionStatus.HANDLING.label(), null);
        notifications.notify(staff.committeeId(), Recipient.member(s.memberId()), "微建议已受理：" + s.title(), "已交承办单位办理",
                "/suggestions/" + id);
        return caseId;
    }

    public void reject(long id, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        MicroSuggestion s = lock(staff, id);
        s.reject(reason, Instant.now(clock), LocalDate.now(clock));
        suggestions.save(s);
        timeline.record(staff.committeeId(), SUBJECT, id, "不予受理", SuggestionStatus.SUBMITTED.label(),
                SuggestionStatus.REJECTED.label(), reason.strip());
        notifications.notify(staff.committeeId(), Recipient.member(s.memberId()), "微建议不予受理：" + s.title(), reason.strip(),
                "/suggestions/" + id);
    }

    /**
     * 转办: the proposal or opinion module creates the draft or report on the event, in this transaction, and links it
     * back; returns the id of what was created.
     */
    public long convert(long id, SuggestionConversion to) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        MicroSuggestion s = lock(staff, id);
        s.convert(to, Instant.now(clock), LocalDate.now(clock));
        suggestions.save(s);
        return suggestions.findById(id).map(MicroSuggestion::convertedId)
                .orElseThrow(() -> new IllegalStateException("转办未生成" + (to == SuggestionConversion.PROPOSAL ? "提案草稿" : "社情民意信息")));
    }

    /** 办结: the engine closes the case; the suggestion follows its {@code CaseClosed} ({@link SuggestionFollowers}). */
    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        lock(staff, id).require(SuggestionAction.CLOSE);
        closing.close(SubjectRef.of(SUBJECT, id));
    }

    private MicroSuggestion lock(CurrentUser user, long id) {
        return suggestions.findByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("微建议"));
    }
}
