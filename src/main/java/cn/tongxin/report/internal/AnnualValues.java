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
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.KeyAppraisals;
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

    AnnualValues(FigureValues figures, FigureRecords figureRecords, MemberHeadlines members, StudioHeadlines studios,
                 ProposalHeadlines proposals, ActivityHeadlines activities, OutputHeadlines outputs,
                 OpinionHeadlines opinions, PeopleFigures people, ForwardHeadlines forwards) {
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

    public Map<String, Long> of(Collection<Long> committees, DateRange range) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put(FigureKeys.MEMBERS, members.members(committees));
        values.put(FigureKeys.STUDIOS, studios.studios(committees));
        figures.total(committees, range).forEach((f, n) -> values.put(f.name(), n));
        proposals.byCategory(committees, range).values().forEach(c -> {
            values.put(FigureKeys.CATEGORY_RECEIVED + c.category(), c.received());
            values.put(FigureKeys.CATEGORY_FILED + c.category(), c.filed());
        });
        activities.byType(committees, range).forEach((type, n) -> values.put(FigureKeys.ACTIVITY_TYPE + type.name(), n));
        for (ActivityType type : FigureKeys.TRAINING_TYPES) {
            values.putIfAbsent(FigureKeys.ACTIVITY_TYPE + type.name(), 0L);
            values.put(FigureKeys.ACTIVITY_PERSON_TIMES + type.name(),
                    activities.count(committees, range, ActivityHeadlines.Measure.PERSON_TIMES, type));
        }
        outputs.outputsByKind(committees, range).forEach((kind, n) -> values.put(FigureKeys.OUTPUT_KIND + kind.name(), n));
        values.put(FigureKeys.SUPERVISION_GROUPS, outputs.supervisionGroups(committees, range));
        values.put(FigureKeys.PARTY_PROPOSALS, proposals.count(committees, range, ProposalHeadlines.Measure.PARTIES, null));
        values.put(FigureKeys.PARTY_REPORTS, opinions.count(committees, range, OpinionHeadlines.Measure.FROM_PARTIES));
        values.putAll(people.of(committees, range));
        forwarded(committees, range, values);
        proposalSide(committees, range, values);
        return values;
    }

    /** 报送 per level, and 报送上级 of reports and outputs with what the upper committee made of them. */
    private void forwarded(Collection<Long> committees, DateRange range, Map<String, Long> values) {
        forwards.forwardedByLevel(committees, range).forEach((level, n) -> values.put(FigureKeys.FORWARDED + level.name(), n));
        forwards.upward(committees, range).forEach((sent, counts) ->
                counts.forEach((measure, n) -> values.put(FigureKeys.upward(sent, measure), n)));
    }

    /** 党派提案 per party (received, made key), leaders' 签批 / 批示 per level, 民主评议 of the units handling key proposals. */
    private void proposalSide(Collection<Long> committees, DateRange range, Map<String, Long> values) {
        proposals.byParty(committees, range).forEach(p -> {
            values.put(FigureKeys.BY_PARTY + p.party(), p.received());
            values.put(FigureKeys.KEY_BY_PARTY + p.party(), p.key());
        });
        proposals.instructions(committees, range).forEach((kind, levels) -> {
            for (InstructionLevel level : InstructionLevel.values()) {
                values.put(FigureKeys.proposalOutcome(kind, level), levels.getOrDefault(level, 0L));
            }
        });
        Map<String, Long> appraised = proposals.appraisals(committees, range);
        values.put(FigureKeys.KEY_APPRAISAL_UNITS, appraised.get("UNITS"));
        long ratings = 0;
        for (KeyAppraisals.Verdict v : KeyAppraisals.Verdict.values()) {
            values.put(FigureKeys.KEY_APPRAISAL + v.name(), appraised.get(v.name()));
            ratings += appraised.get(v.name());
        }
        values.put(FigureKeys.KEY_APPRAISAL_RATINGS, ratings);
    }

    public Map<Long, Map<Figure, Long>> perCommittee(Collection<Long> committees, DateRange range) {
        return figures.of(committees, range);
    }

    public PageResult<CountedRecord> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        if (PeopleFigures.owns(key)) {
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
