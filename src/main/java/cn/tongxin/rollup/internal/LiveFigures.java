package cn.tongxin.rollup.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityHeadlines;
import cn.tongxin.opinion.OpinionHeadlines;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.ProposalHeadlines;
import cn.tongxin.rollup.Figure;
import cn.tongxin.shared.DateRange;
import cn.tongxin.suggestion.SuggestionHeadlines;

/**
 * The figures of several committees computed now from the live records, through each module's own headline
 * figures: a bounded number of queries (one or two per module) for the whole set of committees.
 */
@Component
public class LiveFigures {

    private final ProposalHeadlines proposals;
    private final SuggestionHeadlines suggestions;
    private final OpinionHeadlines opinions;
    private final ActivityHeadlines activities;

    LiveFigures(ProposalHeadlines proposals, SuggestionHeadlines suggestions, OpinionHeadlines opinions, ActivityHeadlines activities) {
        this.proposals = proposals;
        this.suggestions = suggestions;
        this.opinions = opinions;
        this.activities = activities;
    }

    /** One committee's figures, good until {@code goodUntil} if the figures change then by themselves (an activity ends). */
    public record Tally(Map<Figure, Long> values, Optional<Instant> goodUntil) {
    }

    public Map<Long, Tally> of(Collection<Long> committees, DateRange range) {
        var p = proposals.of(committees, range);
        var s = suggestions.of(committees, range);
        var o = opinions.of(committees, range);
        var a = activities.of(committees, range);
        Map<Long, Tally> tallies = new HashMap<>();
        for (Long c : committees) {
            Map<Figure, Long> v = new EnumMap<>(Figure.class);
            var proposal = p.get(c);
            v.put(Figure.PROPOSALS_RECEIVED, proposal.received());
            v.put(Figure.PROPOSALS_FILED, proposal.filed());
            v.put(Figure.PROPOSALS_REPLIED, proposal.replied());
            v.put(Figure.PROPOSALS_KEY, proposal.key());
            var suggestion = s.get(c);
            v.put(Figure.SUGGESTIONS_RECEIVED, suggestion.received());
            v.put(Figure.SUGGESTIONS_ACCEPTED, suggestion.accepted());
            v.put(Figure.SUGGESTIONS_REPLIED, suggestion.replied());
            var opinion = o.get(c);
            v.put(Figure.OPINIONS_RECEIVED, opinion.received());
            v.put(Figure.OPINIONS_ISSUED, opinion.issued());
            for (AdoptionLevel level : AdoptionLevel.values()) {
                v.put(Figure.adopted(level), opinion.outcomes().adopted().getOrDefault(level, 0L));
            }
            for (InstructionLevel level : InstructionLevel.values()) {
                v.put(Figure.instructed(level), opinion.outcomes().instructed().getOrDefault(level, 0L));
            }
            var activity = a.get(c);
            v.put(Figure.ACTIVITIES_HELD, activity.activities());
            v.put(Figure.ACTIVITIES_PERSON_TIMES, activity.personTimes());
            v.put(Figure.ACTIVITIES_INVITED, activity.invited());
            v.put(Figure.ACTIVITIES_PRESENT, activity.present());
            tallies.put(c, new Tally(v, activity.nextEnd()));
        }
        return tallies;
    }
}
