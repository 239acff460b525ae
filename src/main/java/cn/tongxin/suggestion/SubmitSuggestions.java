package cn.tongxin.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.TermView;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.RequestKeys;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.ReceivedDates;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.suggestion.internal.MicroSuggestion;
import cn.tongxin.suggestion.internal.MicroSuggestions;
import cn.tongxin.timeline.Timeline;

/**
 * A member submits a micro-suggestion from a phone (with photos), and may withdraw it until staff review it; staff enter
 * one received on paper or by phone on the member's behalf, with the day it was received.
 */
@Service
@Transactional
public class SubmitSuggestions {

    public static final SubjectType SUBJECT = SubjectType.MICRO_SUGGESTION;

    private final MicroSuggestions suggestions;
    private final CurrentUsers currentUsers;
    private final CommitteeSettings settings;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Organization organization;
    private final Members members;
    private final AuditLog audit;
    private final RequestKeys requestKeys;

    SubmitSuggestions(MicroSuggestions suggestions, CurrentUsers currentUsers, CommitteeSettings settings, Attachments attachments,
                      Timeline timeline, Notifications notifications, ApplicationEventPublisher events, Clock clock,
                      Organization organization, Members members, AuditLog audit, RequestKeys requestKeys) {
        this.requestKeys = requestKeys;
        this.organization = organization;
        this.members = members;
        this.audit = audit;
        this.suggestions = suggestions;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.attachments = attachments;
        this.timeline = timeline;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** A member submits their own micro-suggestion, today. */
    public long submit(String requestKey, String title, String body, String place, List<Upload> photos) {
        return submit(requestKey, title, body, place, photos, null, null);
    }

    /**
     * A member submits their own (received today: {@code receivedOn} null or today), or staff enter one on member
     * {@code memberId}'s behalf, received on {@code receivedOn} (null: today; never in the future nor before the term).
     */
    public long submit(String requestKey, String title, String body, String place, List<Upload> photos, Long memberId,
                       LocalDate receivedOn) {
        CurrentUser user = memberId == null ? currentUsers.require(Role.MEMBER) : currentUsers.require(Role.ADMIN, Role.STAFF);
        if (memberId == null && user.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以提出微建议");
        }
        if (memberId != null && !user.isOffice()) {
            throw BusinessException.forbidden("只有工作人员可以代委员录入微建议");
        }
        String key = Text.trimToNull(requestKey);
        if (key == null || key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        var request = new RequestKeys.Request(user.committeeId(), SUBJECT, key, user.username(),
                RequestKeys.fingerprint(title, body, place, photos, memberId, receivedOn));
        return requestKeys.once(request, () -> submitOnce(user, key, title, body, place, photos, memberId, receivedOn));
    }

    private long submitOnce(CurrentUser user, String key, String title, String body, String place, List<Upload> photos,
                            Long memberId, LocalDate receivedOn) {
        var existing = suggestions.findByCommitteeIdAndRequestKey(user.committeeId(), key);
        if (existing.isPresent()) {
            // a key used before request keys were recorded
            if (existing.get().memberId() != (memberId == null ? user.memberId() : memberId)) {
                throw BusinessException.conflict("表单已被使用，请刷新页面后重新填写");
            }
            return existing.get().id();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = receivedOn == null ? today : receivedOn;
        validate(user, title, body, place, photos, memberId, day, today);
        long author = memberId == null ? user.memberId() : memberId;
        Instant now = Instant.now(clock);
        MicroSuggestion s = suggestions.save(MicroSuggestion.submit(user.committeeId(), key, author, title, body, place, day,
                ReceivedDates.moment(day, clock), now, memberId == null ? null : user.username()));
        long id = s.id();
        for (Upload photo : photos == null ? List.<Upload>of() : photos) {
            if (!photo.isEmpty()) {
                attachments.store(user.committeeId(), SUBJECT, id, photo);
            }
        }
        timeline.record(user.committeeId(), SUBJECT, id, "提出", null, SuggestionStatus.SUBMITTED.label(),
                memberId == null ? null : "工作人员代为录入，收到日期 " + day);
        if (memberId != null) {
            audit.record(user.committeeId(), "代为录入微建议", SUBJECT.name(), id, "收到日期 " + day + "，录入于 " + today);
        }
        notifications.notify(user.committeeId(), Recipient.staff(), "新微建议：" + s.title(), null, "/suggestions/" + id);
        // the id exists once saved: the fact is published here rather than registered on the new aggregate
        events.publishEvent(new SuggestionEvents.Submitted(user.committeeId(), id, author, day));
        return id;
    }

    public void withdraw(long id) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        MicroSuggestion s = suggestions.findByIdAndCommitteeId(id, member.committeeId())
                .orElseThrow(() -> BusinessException.notFound("微建议"));
        s.withdraw(member.memberId() == null ? -1 : member.memberId(), LocalDate.now(clock));
        suggestions.save(s);
        timeline.record(member.committeeId(), SUBJECT, id, "撤回", SuggestionStatus.SUBMITTED.label(), SuggestionStatus.WITHDRAWN.label(), null);
    }

    private void validate(CurrentUser member, String title, String body, String place, List<Upload> photos, Long onBehalfOf,
                          LocalDate day, LocalDate today) {
        int max = settings.value(member.committeeId(), SettingKey.MICRO_SUGGESTION_MAX_CHARS);
        var errors = new FieldErrors.Collector();
        if (onBehalfOf == null && !day.equals(today)) {
            errors.add("receivedOn", "本人提出的微建议以提交当天为收到日期，不能另选日期");
        } else {
            ReceivedDates.refusal(day, today, organization.currentTerm().map(TermView::startDate).orElse(null))
                    .ifPresent(why -> errors.add("receivedOn", why));
        }
        if (onBehalfOf != null && members.find(onBehalfOf).isEmpty()) {
            errors.add("memberId", "所选委员不存在");
        }
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
    }
}
