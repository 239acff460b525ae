package cn.tongxin.report.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityHeadlines;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.OutputHeadlines;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.SpeechHeadlines;
import cn.tongxin.opinion.ForwardHeadlines;
import cn.tongxin.opinion.OpinionHeadlines;
import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.KeyAppraisals;
import cn.tongxin.proposal.ProposalHeadlines;
import cn.tongxin.shared.DateRange;

/**
 * The breakdowns of the annual account that add up across committees (each record is one committee's): proposals by
 * category, party and 签批/批示, 民主评议 of key proposals' units, activities by type, outputs by kind, supervision
 * groups, trainings' 人次, reports by source and from parties, speeches by party and sector, 报送 and 报送上级 — counted per committee
 * through the modules' own headline queries, one query per family for all the committees. {@link #complete} turns a
 * sum of them into the account's values, so a sum of stored committee-years and a live count give the same map.
 */
@Component
public class Breakdowns {

    private final ProposalHeadlines proposals;
    private final ActivityHeadlines activities;
    private final OutputHeadlines outputs;
    private final OpinionHeadlines opinions;
    private final SpeechHeadlines speeches;
    private final ForwardHeadlines forwards;

    Breakdowns(ProposalHeadlines proposals, ActivityHeadlines activities, OutputHeadlines outputs, OpinionHeadlines opinions,
               SpeechHeadlines speeches, ForwardHeadlines forwards) {
        this.proposals = proposals;
        this.activities = activities;
        this.outputs = outputs;
        this.opinions = opinions;
        this.speeches = speeches;
        this.forwards = forwards;
    }

    /** Per committee, the keys counted in the period with their (non-zero) values; a committee with none maps to an empty map. */
    public Map<Long, Map<String, Long>> perCommittee(Collection<Long> committees, DateRange range) {
        Map<Long, Map<String, Long>> values = new HashMap<>();
        committees.forEach(c -> values.put(c, new HashMap<>()));
        Counter count = (committee, key, n) -> {
            if (n != 0 && values.containsKey(committee)) {
                values.get(committee).merge(key, n, Long::sum);
            }
        };
        proposals.byCategoryPerCommittee(committees, range).forEach((c, list) -> list.forEach(k -> {
            count.add(c, FigureKeys.CATEGORY_RECEIVED + k.category(), k.received());
            count.add(c, FigureKeys.CATEGORY_FILED + k.category(), k.filed());
        }));
        proposals.countPerCommittee(committees, range, ProposalHeadlines.Measure.PARTIES)
                .forEach((c, n) -> count.add(c, FigureKeys.PARTY_PROPOSALS, n));
        proposals.byPartyPerCommittee(committees, range).forEach((c, list) -> list.forEach(p -> {
            count.add(c, FigureKeys.BY_PARTY + p.party(), p.received());
            count.add(c, FigureKeys.KEY_BY_PARTY + p.party(), p.key());
        }));
        proposals.instructionsPerCommittee(committees, range).forEach((c, kinds) -> kinds.forEach((kind, levels) ->
                levels.forEach((level, n) -> count.add(c, FigureKeys.proposalOutcome(kind, level), n))));
        proposals.appraisalsPerCommittee(committees, range).forEach((c, tally) -> tally.forEach((k, n) ->
                count.add(c, k.equals("UNITS") ? FigureKeys.KEY_APPRAISAL_UNITS : FigureKeys.KEY_APPRAISAL + k, n)));
        activities.byTypePerCommittee(committees, range).forEach((c, types) ->
                types.forEach((type, n) -> count.add(c, FigureKeys.ACTIVITY_TYPE + type.name(), n)));
        for (ActivityType type : FigureKeys.TRAINING_TYPES) {
            activities.countPerCommittee(committees, range, ActivityHeadlines.Measure.PERSON_TIMES, type)
                    .forEach((c, n) -> count.add(c, FigureKeys.ACTIVITY_PERSON_TIMES + type.name(), n));
        }
        outputs.outputsByKindPerCommittee(committees, range).forEach((c, kinds) ->
                kinds.forEach((kind, n) -> count.add(c, FigureKeys.OUTPUT_KIND + kind.name(), n)));
        outputs.supervisionGroupsPerCommittee(committees, range).forEach((c, n) -> count.add(c, FigureKeys.SUPERVISION_GROUPS, n));
        opinions.countPerCommittee(committees, range, OpinionHeadlines.Measure.FROM_PARTIES)
                .forEach((c, n) -> count.add(c, FigureKeys.PARTY_REPORTS, n));
        opinions.bySourcePerCommittee(committees, range).forEach((c, sources) ->
                sources.forEach((source, n) -> count.add(c, PeopleFigures.OPINION_SOURCE + source.name(), n)));
        speeches.countPerCommittee(committees, range, SpeechHeadlines.By.PARTY).forEach((c, names) ->
                names.forEach((name, n) -> count.add(c, PeopleFigures.SPEECHES_PARTY + name, n)));
        speeches.countPerCommittee(committees, range, SpeechHeadlines.By.SECTOR).forEach((c, names) ->
                names.forEach((name, n) -> count.add(c, PeopleFigures.SPEECHES_SECTOR + name, n)));
        forwards.forwardedByLevelPerCommittee(committees, range).forEach((c, levels) ->
                levels.forEach((level, n) -> count.add(c, FigureKeys.FORWARDED + level.name(), n)));
        forwards.upwardPerCommittee(committees, range).forEach((c, sent) -> sent.forEach((s, measures) ->
                measures.forEach((measure, n) -> count.add(c, FigureKeys.upward(s, measure), n))));
        return values;
    }

    /** The committees' breakdowns counted live, summed and completed. */
    public Map<String, Long> total(Collection<Long> committees, DateRange range) {
        Map<String, Long> sum = new HashMap<>();
        perCommittee(committees, range).values().forEach(v -> v.forEach((k, n) -> sum.merge(k, n, Long::sum)));
        return complete(sum);
    }

    /**
     * A sum of breakdowns as the account shows them: every fixed key present (zero where nothing counted), the keyed
     * families in the order of the most counted (categories by received, parties by proposals, speeches by 人次).
     */
    public static Map<String, Long> complete(Map<String, Long> sum) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String code : ranked(sum, FigureKeys.CATEGORY_RECEIVED)) {
            values.put(FigureKeys.CATEGORY_RECEIVED + code, sum.getOrDefault(FigureKeys.CATEGORY_RECEIVED + code, 0L));
            values.put(FigureKeys.CATEGORY_FILED + code, sum.getOrDefault(FigureKeys.CATEGORY_FILED + code, 0L));
        }
        for (ActivityType type : ActivityType.values()) {
            present(sum, values, FigureKeys.ACTIVITY_TYPE + type.name());
        }
        for (ActivityType type : FigureKeys.TRAINING_TYPES) { // always shown, with their 人次
            fixed(sum, values, FigureKeys.ACTIVITY_TYPE + type.name());
            fixed(sum, values, FigureKeys.ACTIVITY_PERSON_TIMES + type.name());
        }
        for (OutputKind kind : OutputKind.values()) {
            present(sum, values, FigureKeys.OUTPUT_KIND + kind.name());
        }
        fixed(sum, values, FigureKeys.SUPERVISION_GROUPS);
        fixed(sum, values, FigureKeys.PARTY_PROPOSALS);
        fixed(sum, values, FigureKeys.PARTY_REPORTS);
        for (OpinionSource source : OpinionSource.values()) {
            fixed(sum, values, PeopleFigures.OPINION_SOURCE + source.name());
        }
        for (String name : ranked(sum, PeopleFigures.SPEECHES_PARTY)) {
            values.put(PeopleFigures.SPEECHES_PARTY + name, sum.get(PeopleFigures.SPEECHES_PARTY + name));
        }
        for (String name : ranked(sum, PeopleFigures.SPEECHES_SECTOR)) {
            values.put(PeopleFigures.SPEECHES_SECTOR + name, sum.get(PeopleFigures.SPEECHES_SECTOR + name));
        }
        for (AdoptionLevel level : AdoptionLevel.values()) {
            fixed(sum, values, FigureKeys.FORWARDED + level.name());
        }
        for (ForwardHeadlines.Sent sent : ForwardHeadlines.Sent.values()) {
            for (ForwardHeadlines.Upward measure : ForwardHeadlines.Upward.values()) {
                fixed(sum, values, FigureKeys.upward(sent, measure));
            }
        }
        for (String party : ranked(sum, FigureKeys.BY_PARTY)) {
            values.put(FigureKeys.BY_PARTY + party, sum.get(FigureKeys.BY_PARTY + party));
            values.put(FigureKeys.KEY_BY_PARTY + party, sum.getOrDefault(FigureKeys.KEY_BY_PARTY + party, 0L));
        }
        for (InstructionKind kind : InstructionKind.values()) {
            for (InstructionLevel level : InstructionLevel.values()) {
                fixed(sum, values, FigureKeys.proposalOutcome(kind, level));
            }
        }
        fixed(sum, values, FigureKeys.KEY_APPRAISAL_UNITS);
        long ratings = 0;
        for (KeyAppraisals.Verdict v : KeyAppraisals.Verdict.values()) {
            ratings += fixed(sum, values, FigureKeys.KEY_APPRAISAL + v.name());
        }
        values.put(FigureKeys.KEY_APPRAISAL_RATINGS, ratings);
        return values;
    }

    /** The arguments of a keyed family (what follows the prefix), the largest value first, then by name. */
    private static List<String> ranked(Map<String, Long> sum, String prefix) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(sum.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).toList());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return entries.stream().map(e -> e.getKey().substring(prefix.length())).toList();
    }

    private static void present(Map<String, Long> sum, Map<String, Long> values, String key) {
        if (sum.containsKey(key)) {
            values.put(key, sum.get(key));
        }
    }

    private static long fixed(Map<String, Long> sum, Map<String, Long> values, String key) {
        long n = sum.getOrDefault(key, 0L);
        values.put(key, n);
        return n;
    }

    @FunctionalInterface
    private interface Counter {
        void add(long committee, String key, long n);
    }
}
