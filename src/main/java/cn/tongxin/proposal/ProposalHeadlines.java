package cn.tongxin.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.handling.HandlingTallies;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.OutcomeTallies;
import cn.tongxin.proposal.internal.KeyAppraisalStore;
import cn.tongxin.proposal.internal.ProposalFigures;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The headline proposal figures of several committees at once (a committee and those below it), with the definitions
 * of {@link ProposalStatistics}: proposals submitted in the period, not drafts and not withdrawn. One query here and
 * one in handling, however many committees; {@link #records} lists exactly the proposals a figure counts, from the
 * same SQL. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ProposalHeadlines {

    private static final String SCOPE = " where p.committee_id = any(:committees) and p.status not in ('DRAFT', 'WITHDRAWN')"
            + " and p.submitted_at >= :from and p.submitted_at < :to";
    private static final String FILED = "p.status in ('FILED','HANDLING','CLOSED')";
    private static final String KEY = "p.key_proposal";
    private static final String PARTIES = "p.kind = 'COLLECTIVE' and p.collective_unit_id in (select u.id from org_unit u"
            + " where u.committee_id = p.committee_id and u.kind in ('PARTY', 'GROUP', 'NON_PARTY'))";

    /** What a figure counts, each a condition on the proposals of {@link #SCOPE}. */
    public enum Measure {
        RECEIVED, FILED, REPLIED, KEY,
        /** Collective proposals in the name of a party, a people's organisation or the non-party group. */
        PARTIES
    }

    private final JdbcClient jdbc;
    private final HandlingTallies handling;
    private final Clock clock;
    private final OutcomeTallies outcomes;
    private final KeyAppraisalStore appraisals;

    ProposalHeadlines(JdbcClient jdbc, HandlingTallies handling, Clock clock, OutcomeTallies outcomes, KeyAppraisalStore appraisals) {
        this.outcomes = outcomes;
        this.appraisals = appraisals;
        this.jdbc = jdbc;
        this.handling = handling;
        this.clock = clock;
    }

    /** 收到, 立案, 办复 (办复率 = replied ÷ filed) and 重点提案 of one committee. */
    public record Figures(long received, long filed, long replied, long key) {
        public static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    /** Proposals received from a party or group, and those among them made key proposals (党派提案列为重点提案). */
    public record PartyCount(String party, long received, long key) {
    }

    /** Proposals received and filed in one category (a code of the committee's category dictionary). */
    public record CategoryCount(String category, long received, long filed) {
    }

    public Map<Long, Figures> of(Collection<Long> committeeIds, DateRange range) {
        Map<String, Object> params = params(committeeIds, range);
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("select p.committee_id, count(*) as received, count(*) filter (where " + FILED + ") as filed,"
                        + " count(*) filter (where " + KEY + ") as key_count from proposal p" + SCOPE + " group by p.committee_id")
                .params(params)
                .query((rs, n) -> counts.put(rs.getLong("committee_id"),
                        new long[]{rs.getLong("received"), rs.getLong("filed"), rs.getLong("key_count")})).list();
        Map<Long, Long> replied = handling.repliedBy(committeeIds, ProposalAccess.SUBJECT, filedSelection(params));
        Map<Long, Figures> figures = new HashMap<>();
        for (Long committee : committeeIds) {
            long[] c = counts.getOrDefault(committee, new long[3]);
            figures.put(committee, new Figures(c[0], c[1], replied.getOrDefault(committee, 0L), c[2]));
        }
        return figures;
    }

    /** Received and filed per category over all the committees, in the order of the most received. */
    public Map<String, CategoryCount> byCategory(Collection<Long> committeeIds, DateRange range) {
        Map<String, CategoryCount> sum = new HashMap<>();
        byCategoryPerCommittee(committeeIds, range).values().forEach(list -> list.forEach(c -> sum.merge(c.category(), c,
                (a, b) -> new CategoryCount(a.category(), a.received() + b.received(), a.filed() + b.filed()))));
        Map<String, CategoryCount> counts = new LinkedHashMap<>();
        sum.values().stream().sorted(Comparator.comparingLong(CategoryCount::received).reversed()
                        .thenComparing(CategoryCount::category, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(c -> counts.put(c.category(), c));
        return counts;
    }

    /** {@link #byCategory} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, List<CategoryCount>> byCategoryPerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, List<CategoryCount>> counts = new HashMap<>();
        jdbc.sql("select p.committee_id, p.category, count(*) as received, count(*) filter (where " + FILED + ") as filed from proposal p"
                        + SCOPE + " group by p.committee_id, p.category")
                .params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new ArrayList<>())
                        .add(new CategoryCount(rs.getString("category"), rs.getLong("received"), rs.getLong("filed")))).list();
        return counts;
    }

    /** {@link #count} of each committee (committees with none absent), in no category. */
    public Map<Long, Long> countPerCommittee(Collection<Long> committeeIds, DateRange range, Measure measure) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select p.committee_id, count(*) as n from proposal p" + SCOPE + where(measure, null, params) + " group by p.committee_id")
                .params(params).query((rs, n) -> counts.put(rs.getLong("committee_id"), rs.getLong("n"))).list();
        return counts;
    }

    /** How many proposals a measure counts (in one category if given): the total of {@link #records}. */
    public long count(Collection<Long> committeeIds, DateRange range, Measure measure, String category) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        return jdbc.sql("select count(*) from proposal p" + SCOPE + where(measure, category, params)).params(params).query(Long.class).single();
    }

    /** The proposals a figure counts (in one category if given), newest first. */
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, Measure measure, String category,
                                             PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        String where = where(measure, category, params);
        return page(where, params, page);
    }

    private PageResult<CountedRecord> page(String where, Map<String, Object> params, PageQuery page) {
        long total = jdbc.sql("select count(*) from proposal p" + SCOPE + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select p.id, p.number_text, p.title, p.submitted_at, p.status from proposal p" + SCOPE + where
                        + " order by p.submitted_at desc, p.id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord(rs.getString("number_text"), rs.getString("title"),
                        rs.getTimestamp("submitted_at").toInstant().atZone(clock.getZone()).toLocalDate(),
                        ProposalStatus.valueOf(rs.getString("status")).label(), "/proposals/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // Proposal-side figures of the annual account (issue 12): 党派提案 and those made key, leaders' 签批 and 批示.

    /** Proposals received per party or group, and those made key proposals (see {@link ProposalFigures#PARTY_OF}). */
    public List<PartyCount> byParty(Collection<Long> committeeIds, DateRange range) {
        Map<String, PartyCount> sum = new HashMap<>();
        byPartyPerCommittee(committeeIds, range).values().forEach(list -> list.forEach(p -> sum.merge(p.party(), p,
                (a, b) -> new PartyCount(a.party(), a.received() + b.received(), a.key() + b.key()))));
        return sum.values().stream().sorted(Comparator.comparingLong(PartyCount::received).reversed().thenComparing(PartyCount::party))
                .toList();
    }

    /** {@link #byParty} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, List<PartyCount>> byPartyPerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, List<PartyCount>> counts = new HashMap<>();
        jdbc.sql(ProposalFigures.byPartySql(SCOPE)).params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new ArrayList<>())
                        .add(new PartyCount(rs.getString("party"), rs.getLong("received"), rs.getLong("key_count"))))
                .list();
        return counts;
    }

    /** The proposals of a party or group that {@link #byParty} counts: all received, or the key ones. */
    public PageResult<CountedRecord> partyRecords(Collection<Long> committeeIds, DateRange range, String party, boolean key,
                                                  PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.put("party", party);
        return page(" and " + ProposalFigures.PARTY_OF + " = :party" + (key ? " and " + KEY : ""), params, page);
    }

    /** Proposals signed off (签批) or instructed (批示) per level, by the date of the leader's words in the period. */
    public Map<InstructionKind, Map<InstructionLevel, Long>> instructions(Collection<Long> committeeIds, DateRange range) {
        return outcomes.byKindAndLevel(committeeIds, ProposalAccess.SUBJECT, range.from(), range.to());
    }

    /** {@link #instructions} of each committee (committees with none absent). */
    public Map<Long, Map<InstructionKind, Map<InstructionLevel, Long>>> instructionsPerCommittee(Collection<Long> committeeIds,
                                                                                                DateRange range) {
        return outcomes.byKindAndLevelPerCommittee(committeeIds, ProposalAccess.SUBJECT, range.from(), range.to());
    }

    /** The proposals {@link #instructions} counts for a kind and level, by the earliest such date in the period. */
    public PageResult<CountedRecord> instructionRecords(Collection<Long> committeeIds, DateRange range, InstructionKind kind,
                                                        InstructionLevel level, PageQuery page) {
        Map<String, Object> params = new HashMap<>(Map.of("committees", committeeIds.toArray(Long[]::new),
                "subjectType", ProposalAccess.SUBJECT.name(), "kind", kind.name(), "level", level.name(),
                "from", range.from(), "to", range.to()));
        String from = " from (" + OutcomeTallies.instructedSubjectsOfKind() + ") o join proposal p on p.id = o.subject_id";
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select p.id, p.number_text, p.title, o.on_date" + from + " order by o.on_date, p.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new CountedRecord(rs.getString("number_text"), rs.getString("title"),
                        rs.getDate("on_date").toLocalDate(), level.label() + kind.label(), "/proposals/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * 民主评议 of the units handling key proposals, over the appraisals opened in the period: {@code UNITS} (units
     * appraised) and the ratings per {@link KeyAppraisals.Verdict} name.
     */
    public Map<String, Long> appraisals(Collection<Long> committeeIds, DateRange range) {
        return appraisals.tally(committeeIds, range.from(), range.to());
    }

    /** {@link #appraisals} of each committee (committees with none opened absent; a verdict present only where rated). */
    public Map<Long, Map<String, Long>> appraisalsPerCommittee(Collection<Long> committeeIds, DateRange range) {
        return appraisals.tallyPerCommittee(committeeIds, range.from(), range.to());
    }

    /** The units {@link #appraisals} counts, each with its satisfaction. */
    public PageResult<CountedRecord> appraisedUnits(Collection<Long> committeeIds, DateRange range, PageQuery page) {
        long total = appraisals.tally(committeeIds, range.from(), range.to()).get("UNITS");
        return new PageResult<>(appraisals.unitRecords(committeeIds, range.from(), range.to(), page.size(), page.offset()),
                page.page(), page.size(), total);
    }

    /** The ratings {@link #appraisals} counts, of one verdict or (null) all, each with its unit and never its rater. */
    public PageResult<CountedRecord> appraisalRatings(Collection<Long> committeeIds, DateRange range, KeyAppraisals.Verdict verdict,
                                                      PageQuery page) {
        var tally = appraisals.tally(committeeIds, range.from(), range.to());
        long total = verdict != null ? tally.get(verdict.name())
                : java.util.Arrays.stream(KeyAppraisals.Verdict.values()).mapToLong(v -> tally.get(v.name())).sum();
        return new PageResult<>(appraisals.ratingRecords(committeeIds, range.from(), range.to(), verdict, page.size(), page.offset()),
                page.page(), page.size(), total);
    }

    /** The condition of a measure on the proposals of {@link #SCOPE}; adds the parameters it needs. */
    private static String where(Measure measure, String category, Map<String, Object> params) {
        String where = switch (measure) {
            case RECEIVED -> "";
            case FILED -> " and " + FILED;
            case KEY -> " and " + KEY;
            case PARTIES -> " and " + PARTIES;
            case REPLIED -> " and (p.committee_id, p.id) in (select committee_id, id from ("
                    + HandlingTallies.replied(filedSelection(params)) + ") r)";
        };
        params.put("type", ProposalAccess.SUBJECT.name());
        if (category != null) {
            where += " and p.category = :category";
            params.put("category", category);
        }
        return where;
    }

    private static HandlingStatistics.Selection filedSelection(Map<String, Object> params) {
        return new HandlingStatistics.Selection("select p.committee_id, p.id from proposal p" + SCOPE + " and " + FILED, params);
    }

    private Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new),
                "from", range.startsAt(clock.getZone()), "to", range.endsBefore(clock.getZone()));
    }
}
