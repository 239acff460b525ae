package cn.tongxin.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.outcome.internal.OutcomeRecords;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/**
 * Records and reads adoptions (采用) and instructions (批示) of any subject, in the caller's transaction, and publishes
 * each as a fact ({@link OutcomeEvents}) for whoever credits the subject's authors.
 */
@Service
@Transactional
public class Outcomes {

    private final OutcomeRecords records;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;

    Outcomes(OutcomeRecords records, CurrentUsers currentUsers, ApplicationEventPublisher events) {
        this.records = records;
        this.currentUsers = currentUsers;
        this.events = events;
    }

    /** 采用 at a level; at most once per level. {@code combined}: 综合采用 rather than 单篇采用. */
    public void adopt(SubjectType subjectType, long subjectId, AdoptionLevel level, boolean combined, LocalDate on, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var adopted = OutcomeRules.adoption(staff.committeeId(), SubjectRef.of(subjectType, subjectId), level, combined, on);
        if (!records.addAdoption(adopted, Text.trimToNull(note), staff.username())) {
            throw BusinessException.conflict("已登记" + level.label() + "采用");
        }
        events.publishEvent(adopted);
    }

    /** 批示: a leader's written instruction, with the department that follows it up. */
    public void instruct(SubjectType subjectType, long subjectId, InstructionForm form) {
        instruct(subjectType, subjectId, form, InstructionKind.INSTRUCTION);
    }

    /** 批示 or 签批 by a leader; both are published as {@link OutcomeEvents.Instructed}. */
    public void instruct(SubjectType subjectType, long subjectId, InstructionForm form, InstructionKind kind) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var instructed = OutcomeRules.instruction(staff.committeeId(), SubjectRef.of(subjectType, subjectId), form);
        records.addInstruction(instructed, kind, form.text().strip(), Text.trimToNull(form.followUpDepartment()), staff.username());
        events.publishEvent(instructed);
    }

    @Transactional(readOnly = true)
    public Summary of(long committeeId, SubjectType subjectType, long subjectId) {
        return records.summary(committeeId, subjectType, subjectId);
    }

    /** Only the instructions (批示, 签批) of a subject, in one statement. */
    @Transactional(readOnly = true)
    public List<Instruction> instructions(long committeeId, SubjectType subjectType, long subjectId) {
        return records.instructions(committeeId, subjectType, subjectId);
    }

    /** Subjects (of a set) adopted per level, and instructed per level: distinct subjects counted. */
    @Transactional(readOnly = true)
    public Counts count(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        return records.count(committeeId, subjectType, subjectIds);
    }

    /** Distinct subjects adopted / instructed per level with the outcome dated in [from, to]. */
    @Transactional(readOnly = true)
    public Counts countInPeriod(long committeeId, SubjectType subjectType, LocalDate from, LocalDate to) {
        return records.countInPeriod(committeeId, subjectType, from, to);
    }

    /** Subjects (of a set) that have any adoption. */
    @Transactional(readOnly = true)
    public Set<Long> adoptedAmong(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        return records.adoptedAmong(committeeId, subjectType, subjectIds);
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
                              String followUpDepartment, InstructionKind kind) {
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
