package cn.tongxin.rollup;

import java.util.Collection;

import org.springframework.stereotype.Service;

import cn.tongxin.activity.ActivityHeadlines;
import cn.tongxin.opinion.OpinionHeadlines;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.ProposalHeadlines;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.suggestion.SuggestionHeadlines;

/**
 * The records behind a figure: each module's {@code records} next to its counts, built from the same SQL, so a
 * drill-down lists exactly as many rows as the figure says. The caller has checked who may see them.
 */
@Service
public class FigureRecords {

    private final ProposalHeadlines proposals;
    private final SuggestionHeadlines suggestions;
    private final OpinionHeadlines opinions;
    private final ActivityHeadlines activities;

    FigureRecords(ProposalHeadlines proposals, SuggestionHeadlines suggestions, OpinionHeadlines opinions, ActivityHeadlines activities) {
        this.proposals = proposals;
        this.suggestions = suggestions;
        this.opinions = opinions;
        this.activities = activities;
    }

    public PageResult<CountedRecord> of(Collection<Long> committees, DateRange range, Figure figure, PageQuery page) {
        return switch (figure) {
            case PROPOSALS_RECEIVED -> proposals.records(committees, range, ProposalHeadlines.Measure.RECEIVED, null, page);
            case PROPOSALS_FILED -> proposals.records(committees, range, ProposalHeadlines.Measure.FILED, null, page);
            case PROPOSALS_REPLIED -> proposals.records(committees, range, ProposalHeadlines.Measure.REPLIED, null, page);
            case PROPOSALS_KEY -> proposals.records(committees, range, ProposalHeadlines.Measure.KEY, null, page);
            case SUGGESTIONS_RECEIVED -> suggestions.records(committees, range, SuggestionHeadlines.Measure.RECEIVED, page);
            case SUGGESTIONS_ACCEPTED -> suggestions.records(committees, range, SuggestionHeadlines.Measure.ACCEPTED, page);
            case SUGGESTIONS_REPLIED -> suggestions.records(committees, range, SuggestionHeadlines.Measure.REPLIED, page);
            case OPINIONS_RECEIVED -> opinions.records(committees, range, OpinionHeadlines.Measure.RECEIVED, page);
            case OPINIONS_ISSUED -> opinions.records(committees, range, OpinionHeadlines.Measure.ISSUED, page);
            case OPINIONS_ADOPTED_CITY_CPPCC -> opinions.adopted(committees, range, AdoptionLevel.CITY_CPPCC, page);
            case OPINIONS_ADOPTED_CITY_PARTY_GOVERNMENT -> opinions.adopted(committees, range, AdoptionLevel.CITY_PARTY_GOVERNMENT, page);
            case OPINIONS_ADOPTED_PROVINCIAL_CPPCC -> opinions.adopted(committees, range, AdoptionLevel.PROVINCIAL_CPPCC, page);
            case OPINIONS_ADOPTED_NATIONAL_CPPCC -> opinions.adopted(committees, range, AdoptionLevel.NATIONAL_CPPCC, page);
            case OPINIONS_INSTRUCTED_CITY -> opinions.instructed(committees, range, InstructionLevel.CITY, page);
            case OPINIONS_INSTRUCTED_PROVINCIAL -> opinions.instructed(committees, range, InstructionLevel.PROVINCIAL, page);
            case OPINIONS_INSTRUCTED_NATIONAL -> opinions.instructed(committees, range, InstructionLevel.NATIONAL, page);
            case ACTIVITIES_HELD -> activities.records(committees, range, ActivityHeadlines.Measure.HELD, null, page);
            case ACTIVITIES_PERSON_TIMES -> activities.records(committees, range, ActivityHeadlines.Measure.PERSON_TIMES, null, page);
            case ACTIVITIES_INVITED -> activities.records(committees, range, ActivityHeadlines.Measure.INVITED, null, page);
            case ACTIVITIES_PRESENT -> activities.records(committees, range, ActivityHeadlines.Measure.PRESENT, null, page);
        };
    }
}
