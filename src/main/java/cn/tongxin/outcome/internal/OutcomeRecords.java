package cn.tongxin.outcome.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.OutcomeEvents;
import cn.tongxin.outcome.Outcomes.Adoption;
import cn.tongxin.outcome.Outcomes.Counts;
import cn.tongxin.outcome.Outcomes.Instruction;
import cn.tongxin.outcome.Outcomes.Summary;
import cn.tongxin.shared.SubjectType;

/** The outcome tables: one row per adoption (unique per subject and level) and per instruction. */
@Component
public class OutcomeRecords {

    private final JdbcClient jdbc;

    OutcomeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the subject was already adopted at that level. */
    public boolean addAdoption(OutcomeEvents.Adopted a, String note, String recordedBy) {
        return jdbc.sql("""
                insert into outcome_adoption (committee_id, subject_type, subject_id, level, mode, adopted_on, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (committee_id, subject_type, subject_id, level) do nothing""")
                .params(a.committeeId(), a.subject().type().name(), a.subject().id(), a.level().name(),
                        a.combined() ? "COMBINED" : "SINGLE", a.adoptedOn(), note, recordedBy).update() > 0;
    }

    public void addInstruction(OutcomeEvents.Instructed i, String text, String followUpDepartment, String recordedBy) {
        addInstruction(i, InstructionKind.INSTRUCTION, text, followUpDepartment, recordedBy);
    }

    public void addInstruction(OutcomeEvents.Instructed i, InstructionKind kind, String text, String followUpDepartment,
                               String recordedBy) {
        jdbc.sql("""
                insert into outcome_instruction (committee_id, subject_type, subject_id, leader, level, instructed_on, text,
                       follow_up_department, recorded_by, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.committeeId(), i.subject().type().name(), i.subject().id(), i.leader(), i.level().name(),
                        i.instructedOn(), text, followUpDepartment, recordedBy, kind.name())
                .update();
    }

    /** Only the instructions of a subject (one statement), for pages that show no adoptions. */
    public List<Instruction> instructions(long committeeId, SubjectType subjectType, long subjectId) {
        return summaryInstructions(committeeId, subjectType, subjectId);
    }

    public Summary summary(long committeeId, SubjectType subjectType, long subjectId) {
        List<Adoption> adoptions = jdbc.sql("""
                select level, mode, adopted_on, note from outcome_adoption
                 where committee_id = ? and subject_type = ? and subject_id = ? order by adopted_on, id""")
                .params(committeeId, subjectType.name(), subjectId)
                .query((rs, n) -> new Adoption(AdoptionLevel.valueOf(rs.getString("level")), "COMBINED".equals(rs.getString("mode")),
                        rs.getObject("adopted_on", LocalDate.class), rs.getString("note"))).list();
        List<Instruction> instructions = summaryInstructions(committeeId, subjectType, subjectId);
        return new Summary(adoptions, instructions);
    }

    private List<Instruction> summaryInstructions(long committeeId, SubjectType subjectType, long subjectId) {
        return jdbc.sql("""
                select leader, level, instructed_on, text, follow_up_department, kind from outcome_instruction
                 where committee_id = ? and subject_type = ? and subject_id = ? order by instructed_on, id""")
                .params(committeeId, subjectType.name(), subjectId)
                .query((rs, n) -> new Instruction(rs.getString("leader"), InstructionLevel.valueOf(rs.getString("level")),
                        rs.getObject("instructed_on", LocalDate.class), rs.getString("text"), rs.getString("follow_up_department"),
                        InstructionKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public Counts count(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        Map<AdoptionLevel, Long> adopted = new EnumMap<>(AdoptionLevel.class);
        Map<InstructionLevel, Long> instructed = new EnumMap<>(InstructionLevel.class);
        if (!subjectIds.isEmpty()) {
            Long[] ids = subjectIds.toArray(Long[]::new);
            jdbc.sql("""
                    select level, count(distinct subject_id) as n from outcome_adoption
                     where committee_id = ? and subject_type = ? and subject_id = any(?) group by level""")
                    .params(committeeId, subjectType.name(), ids)
                    .query((rs, n) -> adopted.put(AdoptionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
            jdbc.sql("""
                    select level, count(distinct subject_id) as n from outcome_instruction
                     where committee_id = ? and subject_type = ? and subject_id = any(?) group by level""")
                    .params(committeeId, subjectType.name(), ids)
                    .query((rs, n) -> instructed.put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        }
        return new Counts(adopted, instructed);
    }

    /** Subjects adopted in a period by level: the committee's own adoptions by (committee, type, date). */
    public static final String ADOPTED_IN_PERIOD = """
            select level, count(distinct subject_id) as n from outcome_adoption
             where committee_id = :committee and subject_type = :type and adopted_on between :from and :to group by level""";
    /** Subjects instructed in a period by level: the committee's own instructions by (committee, type, date). */
    public static final String INSTRUCTED_IN_PERIOD = """
            select level, count(distinct subject_id) as n from outcome_instruction
             where committee_id = :committee and subject_type = :type and instructed_on between :from and :to group by level""";

    public static Map<String, Object> periodParams(long committeeId, SubjectType subjectType, LocalDate from, LocalDate to) {
        return Map.of("committee", committeeId, "type", subjectType.name(), "from", from, "to", to);
    }

    public Counts countInPeriod(long committeeId, SubjectType subjectType, LocalDate from, LocalDate to) {
        Map<AdoptionLevel, Long> adopted = new EnumMap<>(AdoptionLevel.class);
        Map<InstructionLevel, Long> instructed = new EnumMap<>(InstructionLevel.class);
        var p = periodParams(committeeId, subjectType, from, to);
        jdbc.sql(ADOPTED_IN_PERIOD).params(p)
                .query((rs, n) -> adopted.put(AdoptionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        jdbc.sql(INSTRUCTED_IN_PERIOD).params(p)
                .query((rs, n) -> instructed.put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return new Counts(adopted, instructed);
    }

    public Set<Long> adoptedAmong(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct subject_id from outcome_adoption where committee_id = ? and subject_type = ? and subject_id = any(?)""")
                .params(committeeId, subjectType.name(), subjectIds.toArray(Long[]::new)).query(Long.class).list());
    }
}
