package cn.tongxin.outcome;

import cn.tongxin.shared.SubjectType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** Records and reads adoptions (采用) and instructions (批示) of any subject, in the caller's transaction. */
@Service
@Transactional
public class Outcomes {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    Outcomes(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    /** 采用 at a level; at most once per level. {@code combined}: 综合采用 rather than 单篇采用. */
    public void adopt(SubjectType subjectType, long subjectId, AdoptionLevel level, boolean combined, LocalDate on, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (level == null) {
            errors.add("level", "请选择采用层级");
        }
        if (on == null) {
            errors.add("adoptedOn", "请填写采用日期");
        }
        errors.throwIfAny();
        int inserted = jdbc.sql("""
                insert into outcome_adoption (committee_id, subject_type, subject_id, level, mode, adopted_on, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (committee_id, subject_type, subject_id, level) do nothing""")
                .params(staff.committeeId(), subjectType.name(), subjectId, level.name(), combined ? "COMBINED" : "SINGLE", on,
                        Text.trimToNull(note), staff.username()).update();
        if (inserted == 0) {
            throw BusinessException.conflict("已登记" + level.label() + "采用");
        }
    }

    /** 批示: a leader's written instruction, with the department that follows it up. */
    public void instruct(SubjectType subjectType, long subjectId, InstructionForm form) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(form.leader())) {
            errors.add("leader", "请填写批示领导");
        }
        if (form.level() == null) {
            errors.add("level", "请选择领导层级");
        }
        if (form.instructedOn() == null) {
            errors.add("instructedOn", "请填写批示日期");
        }
        if (Text.isBlank(form.text())) {
            errors.add("text", "请填写批示内容");
        }
        errors.throwIfAny();
        jdbc.sql("""
                insert into outcome_instruction (committee_id, subject_type, subject_id, leader, level, instructed_on, text,
                       follow_up_department, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(staff.committeeId(), subjectType.name(), subjectId, form.leader().strip(), form.level().name(),
                        form.instructedOn(), form.text().strip(), Text.trimToNull(form.followUpDepartment()), staff.username())
                .update();
    }

    @Transactional(readOnly = true)
    public Summary of(long committeeId, SubjectType subjectType, long subjectId) {
        List<Adoption> adoptions = jdbc.sql("""
                select level, mode, adopted_on, note from outcome_adoption
                 where committee_id = ? and subject_type = ? and subject_id = ? order by adopted_on, id""")
                .params(committeeId, subjectType.name(), subjectId)
                .query((rs, n) -> new Adoption(AdoptionLevel.valueOf(rs.getString("level")), "COMBINED".equals(rs.getString("mode")),
                        rs.getObject("adopted_on", LocalDate.class), rs.getString("note"))).list();
        List<Instruction> instructions = jdbc.sql("""
                select leader, level, instructed_on, text, follow_up_department from outcome_instruction
                 where committee_id = ? and subject_type = ? and subject_id = ? order by instructed_on, id""")
                .params(committeeId, subjectType.name(), subjectId)
                .query((rs, n) -> new Instruction(rs.getString("leader"), InstructionLevel.valueOf(rs.getString("level")),
                        rs.getObject("instructed_on", LocalDate.class), rs.getString("text"), rs.getString("follow_up_department")))
                .list();
        return new Summary(adoptions, instructions);
    }

    /** Subjects (of a set) adopted per level, and instructed per level: distinct subjects counted. */
    @Transactional(readOnly = true)
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

    /** Distinct subjects adopted / instructed per level with the outcome dated in [from, to]. */
    @Transactional(readOnly = true)
    public Counts countInPeriod(long committeeId, SubjectType subjectType, LocalDate from, LocalDate to) {
        Map<AdoptionLevel, Long> adopted = new EnumMap<>(AdoptionLevel.class);
        Map<InstructionLevel, Long> instructed = new EnumMap<>(InstructionLevel.class);
        jdbc.sql("""
                select level, count(distinct subject_id) as n from outcome_adoption
                 where committee_id = ? and subject_type = ? and adopted_on between ? and ? group by level""")
                .params(committeeId, subjectType.name(), from, to)
                .query((rs, n) -> adopted.put(AdoptionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        jdbc.sql("""
                select level, count(distinct subject_id) as n from outcome_instruction
                 where committee_id = ? and subject_type = ? and instructed_on between ? and ? group by level""")
                .params(committeeId, subjectType.name(), from, to)
                .query((rs, n) -> instructed.put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return new Counts(adopted, instructed);
    }

    /** Subjects (of a set) that have any adoption. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> adoptedAmong(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select distinct subject_id from outcome_adoption where committee_id = ? and subject_type = ? and subject_id = any(?)""")
                .params(committeeId, subjectType.name(), subjectIds.toArray(Long[]::new)).query(Long.class).list());
    }

    public record InstructionForm(String leader, InstructionLevel level, LocalDate instructedOn, String text,
                                  String followUpDepartment) {
    }

    public record Adoption(AdoptionLevel level, boolean combined, LocalDate adoptedOn, String note) {
        public String label() {
            return level.label() + (combined ? "综合采用" : "采用");
        }
    }

    public record Instruction(String leader, InstructionLevel level, LocalDate instructedOn, String text,
                              String followUpDepartment) {
    }

    public record Summary(List<Adoption> adoptions, List<Instruction> instructions) {
        public boolean isEmpty() {
            return adoptions.isEmpty() && instructions.isEmpty();
        }
    }

    public record Counts(Map<AdoptionLevel, Long> adopted, Map<InstructionLevel, Long> instructed) {

        /** Every level in order, by its Chinese label, zero where nothing was adopted. */
        public Map<String, Long> adoptedByLabel() {
            Map<String, Long> byLabel = new java.util.LinkedHashMap<>();
            for (AdoptionLevel level : AdoptionLevel.values()) {
                byLabel.put(level.label(), adopted.getOrDefault(level, 0L));
            }
            return byLabel;
        }

        public Map<String, Long> instructedByLabel() {
            Map<String, Long> byLabel = new java.util.LinkedHashMap<>();
            for (InstructionLevel level : InstructionLevel.values()) {
                byLabel.put(level.label(), instructed.getOrDefault(level, 0L));
            }
            return byLabel;
        }
    }
}
