package cn.tongxin.outcome;

import java.time.LocalDate;

import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.Text;

/** What makes an adoption or an instruction a fact worth recording: a level and a date, a leader and words. */
final class OutcomeRules {

    private OutcomeRules() {
    }

    static OutcomeEvents.Adopted adoption(long committeeId, SubjectRef subject, AdoptionLevel level, boolean combined, LocalDate on) {
        var errors = new FieldErrors.Collector();
        if (level == null) {
            errors.add("level", "请选择采用层级");
        }
        if (on == null) {
            errors.add("adoptedOn", "请填写采用日期");
        }
        errors.throwIfAny();
        return new OutcomeEvents.Adopted(subject, committeeId, level, combined, on);
    }

    static OutcomeEvents.Instructed instruction(long committeeId, SubjectRef subject, Outcomes.InstructionForm form) {
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
        return new OutcomeEvents.Instructed(subject, committeeId, form.leader().strip(), form.level(), form.instructedOn());
    }
}
