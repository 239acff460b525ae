package cn.tongxin.opinion;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SuggestionEvents;

/**
 * A micro-suggestion staff turned into a public-opinion report: the report is submitted for its member through
 * {@link SubmitReports}, in the conversion's transaction, and linked back by an event.
 */
@Component
class SuggestionReportListener {

    private final SubmitReports reports;
    private final ApplicationEventPublisher events;

    SuggestionReportListener(SubmitReports reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @EventListener
    void on(SuggestionEvents.ConvertedToOpinionReport event) {
        long id = reports.submit(new ReportForm(event.requestKey(), event.title(), event.text(), "OTHER", null, event.memberId(), null),
                List.of());
        events.publishEvent(new SuggestionEvents.ConversionCreated(event.committeeId(), event.suggestionId(),
                SubjectRef.of(SubjectType.OPINION_REPORT, id)));
    }
}
