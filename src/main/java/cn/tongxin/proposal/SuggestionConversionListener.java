package cn.tongxin.proposal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SuggestionEvents;

/**
 * A micro-suggestion staff turned into a proposal: the draft is created for its member through {@link DraftProposals},
 * in the conversion's transaction (staff see the draft's number at once), and linked back by an event.
 */
@Component
class SuggestionConversionListener {

    private final DraftProposals drafts;
    private final ApplicationEventPublisher events;

    SuggestionConversionListener(DraftProposals drafts, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.events = events;
    }

    @EventListener
    void on(SuggestionEvents.ConvertedToProposal event) {
        long id = drafts.create(new ProposalDraft(event.requestKey(), ProposalKind.INDIVIDUAL, event.title(), event.text(), null,
                null, null, "OTHER", null, true, event.memberId(), null), List.of());
        events.publishEvent(new SuggestionEvents.ConversionCreated(event.committeeId(), event.suggestionId(),
                SubjectRef.of(SubjectType.PROPOSAL, id)));
    }
}
