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
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.suggestion.internal.MicroSuggestion;
import cn.tongxin.suggestion.internal.MicroSuggestions;
import cn.tongxin.timeline.Timeline;

/** A member submits a micro-suggestion from a phone (with photos), and may withdraw it until staff review it. */
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

    SubmitSuggestions(MicroSuggestions suggestions, CurrentUsers currentUsers, CommitteeSettings settings, Attachments attachments,
                      Timeline timeline, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.suggestions = suggestions;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.attachments = attachments;
        this.timeline = timeline;
        this.notifications = notifications;
        this.events = events;
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
        var existing = suggestions.findByCommitteeIdAndRequestKey(member.committeeId(), key);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        validate(member, title, body, place, photos);
        Instant now = Instant.now(clock);
        MicroSuggestion s = suggestions.save(MicroSuggestion.submit(member.committeeId(), key, member.memberId(), title, body, place, now));
        long id = s.id();
        for (Upload photo : photos == null ? List.<Upload>of() : photos) {
            if (!photo.isEmpty()) {
                attachments.store(member.committeeId(), SUBJECT, id, photo);
            }
        }
        timeline.record(member.committeeId(), SUBJECT, id, "提出", null, SuggestionStatus.SUBMITTED.label(), null);
        notifications.notify(member.committeeId(), Recipient.staff(), "新微建议：" + s.title(), null, "/suggestions/" + id);
        // the id exists once saved: the fact is published here rather than registered on the new aggregate
        events.publishEvent(new SuggestionEvents.Submitted(member.committeeId(), id, member.memberId(), LocalDate.now(clock)));
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

    private void validate(CurrentUser member, String title, String body, String place, List<Upload> photos) {
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
    }
}
