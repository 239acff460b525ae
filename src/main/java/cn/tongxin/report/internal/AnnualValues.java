package cn.tongxin.report.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityHeadlines;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.OutputHeadlines;
import cn.tongxin.member.MemberHeadlines;
import cn.tongxin.opinion.ForwardHeadlines;
import cn.tongxin.opinion.OpinionHeadlines;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.proposal.ProposalHeadlines;
import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.FigureRecords;
import cn.tongxin.rollup.FigureValues;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Every annual figure of a set of committees, by key ({@link FigureKeys}), and the records behind each — both from the
 * modules' own headline definitions (the counts and the records come from the same SQL there), never a copy here.
 */
@Component
public class AnnualValues {

    private final FigureValues figures;
    private final FigureRecords figureRecords;
    private final MemberHeadlines members;
    private final StudioHeadlines studios;
    private final ProposalHeadlines proposals;
    private final ActivityHeadlines activities;
    private final OutputHeadlines outputs;
    private final OpinionHeadlines opinions;
    private final PeopleFigures people;
    private final ForwardHeadlines forwards;
    private final Breakdowns breakdowns;
    private final BreakdownSummaries summaries;

    AnnualValues(FigureValues figures, FigureRecords figureRecords, MemberHeadlines members, StudioHeadlines studios,
                 ProposalHeadlines proposals, ActivityHeadlines activities, OutputHeadlines outputs,
                 OpinionHeadlines opinions, PeopleFigures people, ForwardHeadlines forwards, Breakdowns breakdowns,
                 BreakdownSummaries summaries) {
        this.breakdowns = breakdowns;
        this.summaries = summaries;
        this.people = people;
        this.forwards = forwards;
        this.figures = figures;
        this.figureRecords = figureRecords;
        this.members = members;
        this.studios = studios;
        this.proposals = proposals;
        this.activities = activities;
        this.outputs = outputs;
        this.opinions = opinions;
    }

    /**
     * Every figure of the committees in the period: rollup's figures and the {@link Breakdowns} from the per committee ×
     * year summaries when the period is a calendar year, counted live otherwise; the figures as of today (members,
     * studios, persons) and the 特聘信息员 always live.
     */
    public Map<String, Long> of(Collection<Long> committees, DateRange range) {
        return of(committees, range, true);
    }

    /** As {@link #of} without the figures as of today ({@link FigureKeys#asOfToday}): a past period compared with. */
    public Map<String, Long> ofPast(Collection<Long> committees, DateRange range) {
        return of(committees, range, false);
    }

    private Map<String, Long> of(Collection<Long> committees, DateRange range, boolean today) {
        Map<String, Long> values = new LinkedHashMap<>();
        if (today) {
            values.put(FigureKeys.MEMBERS, members.members(committees));
            values.put(FigureKeys.STUDIOS, studios.studios(committees));
        }
        figures.total(committees, range).forEach((f, n) -> values.put(f.name(), n));
        values.putAll(FigureValues.wholeYear(range) ? summaries.total(committees, range.from().getYear())
                : breakdowns.total(committees, range));
        values.putAll(people.of(committees, range, today));
        return values;
    }

    public Map<Long, Map<Figure, Long>> perCommittee(Collection<Long> committees, DateRange range) {
        return figures.of(committees, range);
    }

    public PageResult<CountedRecord> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        if (PeopleFigures.owns(key) || people.contributes(key)) {
            return people.records(committees, range, key, page).orElseThrow(() -> FigureKeys.unknown(key));
        }
        return switch (FigureKeys.parse(key)) {
            case FigureKeys.OfFigure f -> figureRecords.of(committees, range, f.figure(), page);
            case FigureKeys.Members m -> members.records(committees, page);
            case FigureKeys.Studios s -> studios.records(committees, page);
            case FigureKeys.Category c -> proposals.records(committees, range,
                    c.filed() ? ProposalHeadlines.Measure.FILED : ProposalHeadlines.Measure.RECEIVED, c.code(), page);
            case FigureKeys.OfActivityType t -> activities.records(committees, range,
                    t.personTimes() ? ActivityHeadlines.Measure.PERSON_TIMES : ActivityHeadlines.Measure.HELD, t.type(), page);
            case FigureKeys.OfOutputKind o -> outputs.outputs(committees, range, o.kind(), page);
            case FigureKeys.SupervisionGroups g -> outputs.supervisionGroupRecords(committees, range, page);
            case FigureKeys.PartyProposals p -> proposals.records(committees, range, ProposalHeadlines.Measure.PARTIES, null, page);
            case FigureKeys.PartyReports o -> opinions.records(committees, range, OpinionHeadlines.Measure.FROM_PARTIES, page);
            case FigureKeys.Forwarded f -> forwards.forwarded(committees, range, f.level(), page);
            case FigureKeys.SentUpward u -> forwards.upwardRecords(committees, range, u.sent(), u.measure(), page);
            case FigureKeys.OfParty p -> proposals.partyRecords(committees, range, p.party(), p.key(), page);
            case FigureKeys.ProposalOutcome o -> proposals.instructionRecords(committees, range, o.kind(), o.level(), page);
            case FigureKeys.KeyAppraisal a -> a.units() ? proposals.appraisedUnits(committees, range, page)
                    : proposals.appraisalRatings(committees, range, a.verdict(), page);
        };
    }
}
