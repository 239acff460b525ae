package cn.tongxin.suggestion;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.internal.MicroSuggestion;
import cn.tongxin.suggestion.internal.MicroSuggestions;
import cn.tongxin.timeline.Timeline;

/**
 * A micro-suggestion follows what other modules tell it: its handling case closed, and the draft or report its
 * conversion created. Both in the step's own transaction, so the page shows the result at once.
 */
@Component
class SuggestionFollowers {

    private static final SubjectType SUBJECT = SubmitSuggestions.SUBJECT;

    private final MicroSuggestions suggestions;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    SuggestionFollowers(MicroSuggestions suggestions, Timeline timeline, Notifications notifications, Clock clock) {
        this.suggestions = suggestions;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(HandlingEvents.CaseClosed event) {
        if (event.subject().type() != SUBJECT) {
            return;
        }
        MicroSuggestion s = load(event.committeeId(), event.subject().id());
        s.close(Instant.now(clock), event.closedOn());
        suggestions.save(s);
        timeline.record(event.committeeId(), SUBJECT, s.id(), "办结", SuggestionStatus.HANDLING.label(), SuggestionStatus.CLOSED.label(), null);
    }

    @EventListener
    void on(SuggestionEvents.ConversionCreated event) {
        MicroSuggestion s = load(event.committeeId(), event.suggestionId());
        s.linkTo(event.created().id());
        suggestions.save(s);
        boolean proposal = event.created().type() == SubjectType.PROPOSAL;
        String label = proposal ? "转为提案草稿" : "转为社情民意信息";
        timeline.record(event.committeeId(), SUBJECT, s.id(), label, SuggestionStatus.SUBMITTED.label(), SuggestionStatus.CONVERTED.label(), null);
        notifications.notify(event.committeeId(), Recipient.member(s.memberId()), "微建议" + label + "：" + s.title(), null,
                (proposal ? "/proposals/" : "/opinions/") + event.created().id());
    }

    private MicroSuggestion load(long committeeId, long id) {
        return suggestions.findByIdAndCommitteeId(id, committeeId)
                .orElseThrow(() -> cn.tongxin.shared.BusinessException.notFound("微建议"));
    }
}
