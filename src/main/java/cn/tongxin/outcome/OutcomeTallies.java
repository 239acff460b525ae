package cn.tongxin.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.SubjectType;

/**
 * {@link Outcomes#countInPeriod} for several committees at once (a committee and those below it), one query per kind
 * of outcome for all of them: distinct subjects adopted / instructed per level, the outcome dated in [from, to].
 */
@Service
@Transactional(readOnly = true)
public class OutcomeTallies {

    private static final String ADOPTIONS = " from outcome_adoption where committee_id = any(:committees) and subject_type = :subjectType"
            + " and adopted_on between :from and :to";
    private static final String INSTRUCTIONS = " from outcome_instruction where committee_id = any(:committees)"
            + " and subject_type = :subjectType and instructed_on between :from and :to";

    private final JdbcClient jdbc;

    OutcomeTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subjects adopted at a level in the period, as SQL returning {@code subject_id, on} (the first adoption date
     * in the period): the definition the counts share with the drill-downs. Named parameters: {@code :committees},
     * {@code :subjectType}, {@code :level}, {@code :from}, {@code :to}.
     */
    public static String adoptedSubjects() {
        return "select subject_id, min(adopted_on) as on_date" + ADOPTIONS + " and level = :level group by subject_id";
    }

    /** As {@link #adoptedSubjects()}, for instructions. */
    public static String instructedSubjects() {
        return "select subject_id, min(instructed_on) as on_date" + INSTRUCTIONS + " and level = :level group by subject_id";
    }

    public Map<Long, Outcomes.Counts> countInPeriod(Collection<Long> committeeIds, SubjectType subjectType, LocalDate from, LocalDate to) {
        Map<Long, Outcomes.Counts> counts = new HashMap<>();
        Long[] committees = committeeIds.toArray(Long[]::new);
        for (Long c : committees) {
            counts.put(c, new Outcomes.Counts(new EnumMap<>(AdoptionLevel.class), new EnumMap<>(InstructionLevel.class)));
        }
        Map<String, Object> params = Map.of("committees", committees, "subjectType", subjectType.name(), "from", from, "to", to);
        jdbc.sql("select committee_id, level, count(distinct subject_id) as n" + ADOPTIONS + " group by committee_id, level")
                .params(params)
                .query((rs, n) -> counts.get(rs.getLong("committee_id")).adopted()
                        .put(AdoptionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        jdbc.sql("select committee_id, level, count(distinct subject_id) as n" + INSTRUCTIONS + " group by committee_id, level")
                .params(params)
                .query((rs, n) -> counts.get(rs.getLong("committee_id")).instructed()
                        .put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return counts;
    }

    /**
     * As {@link #instructedSubjects()}, of one kind ({@code :kind}, a {@link InstructionKind} name): the subjects a
     * leader of the level signed off (签批) or instructed (批示) in the period.
     */
    public static String instructedSubjectsOfKind() {
        return "select subject_id, min(instructed_on) as on_date" + INSTRUCTIONS + " and kind = :kind and level = :level"
                + " group by subject_id";
    }

    /** Distinct subjects per kind and level of instruction over the committees, the instruction dated in [from, to]. */
    public Map<InstructionKind, Map<InstructionLevel, Long>> byKindAndLevel(Collection<Long> committeeIds, SubjectType subjectType,
                                                                            LocalDate from, LocalDate to) {
        Map<InstructionKind, Map<InstructionLevel, Long>> counts = new EnumMap<>(InstructionKind.class);
        for (InstructionKind kind : InstructionKind.values()) {
            counts.put(kind, new EnumMap<>(InstructionLevel.class));
        }
        byKindAndLevelPerCommittee(committeeIds, subjectType, from, to).values().forEach(c -> c.forEach((kind, levels) ->
                levels.forEach((level, n) -> counts.get(kind).merge(level, n, Long::sum))));
        return counts;
    }

    /** {@link #byKindAndLevel} of each committee (a subject is one committee's, so these add up); committees with none absent. */
    public Map<Long, Map<InstructionKind, Map<InstructionLevel, Long>>> byKindAndLevelPerCommittee(Collection<Long> committeeIds,
                                                                                                   SubjectType subjectType,
                                                                                                   LocalDate from, LocalDate to) {
        Map<Long, Map<InstructionKind, Map<InstructionLevel, Long>>> counts = new HashMap<>();
        jdbc.sql("select committee_id, kind, level, count(distinct subject_id) as n" + INSTRUCTIONS + " group by committee_id, kind, level")
                .params(Map.of("committees", committeeIds.toArray(Long[]::new), "subjectType", subjectType.name(), "from", from,
                        "to", to))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new EnumMap<>(InstructionKind.class))
                        .computeIfAbsent(InstructionKind.valueOf(rs.getString("kind")), k -> new EnumMap<>(InstructionLevel.class))
                        .put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return counts;
    }

    /**
     * Distinct subjects per kind and level of instruction among the subjects a query selects ({@code subjectIds}: SQL
     * returning subject ids, with its named parameters), whenever instructed.
     */
    public Map<InstructionKind, Map<InstructionLevel, Long>> byKindAndLevelAmong(long committeeId, SubjectType subjectType,
                                                                                 String subjectIds, Map<String, ?> params) {
        Map<InstructionKind, Map<InstructionLevel, Long>> counts = new EnumMap<>(InstructionKind.class);
        for (InstructionKind kind : InstructionKind.values()) {
            counts.put(kind, new EnumMap<>(InstructionLevel.class));
        }
        Map<String, Object> all = new HashMap<>(params);
        all.put("outcomeCommittee", committeeId);
        all.put("outcomeSubjectType", subjectType.name());
        jdbc.sql("select kind, level, count(distinct subject_id) as n from outcome_instruction where committee_id = :outcomeCommittee"
                        + " and subject_type = :outcomeSubjectType and subject_id in (" + subjectIds + ") group by kind, level")
                .params(all)
                .query((rs, n) -> counts.get(InstructionKind.valueOf(rs.getString("kind")))
                        .put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return counts;
    }
}
