package cn.tongxin.activity;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Outputs;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;

/**
 * What becomes of an activity's outputs: outcomes (采用, 批示), and outputs that need a government response
 * (建议案, 协商成果, 监督意见书) handed to units through the handling engine (协商成果办理反馈).
 */
@Service
@Transactional
public class ActivityOutputs {

    public static final SubjectType SUBJECT = SubjectType.ACTIVITY_OUTPUT;
    private final Outputs outputs;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final AssignToUnits assign;
    private final Clock clock;

    ActivityOutputs(Outputs outputs, CurrentUsers currentUsers, Outcomes outcomes, AssignToUnits assign,
                    Clock clock) {
        this.outputs = outputs;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.assign = assign;
        this.clock = clock;
    }

    /** Hands an output that needs a government response to units, like a proposal: reply, rating by its authors. */
    public long sendForResponse(long outputId, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Outputs.Output output = outputs.lock(outputId, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("成果"));
        OutputKind kind = output.kind();
        if (!kind.mayNeedResponse()) {
            throw BusinessException.conflict(kind.label() + "不需交承办单位办理反馈");
        }
        Set<Long> raters = new HashSet<>(outputs.authors(outputId));
        long caseId = assign.assign(new AssignRequest(SubjectRef.of(SUBJECT, outputId), output.title(),
                "/activities/" + output.activityId() + "/outputs/" + outputId, mode == null ? HandlingMode.SOLE : mode,
                responsibleUnits, coUnits, raters));
        outputs.handedToUnits(outputId);
        return caseId;
    }

    public void adopt(long outputId, AdoptionLevel level, boolean combined, LocalDate on, String note) {
        requireOutput(outputId);
        outcomes.adopt(SUBJECT, outputId, level, combined, on == null ? LocalDate.now(clock) : on, note);
    }

    /** A leader's instruction on the output (批示); without a date it is today's. */
    public void instruct(long outputId, Outcomes.InstructionForm form) {
        requireOutput(outputId);
        outcomes.instruct(SUBJECT, outputId, form.instructedOn() != null ? form : new Outcomes.InstructionForm(form.leader(),
                form.level(), LocalDate.now(clock), form.text(), form.followUpDepartment()));
    }

    private void requireOutput(long outputId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        outputs.find(outputId, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("成果"));
    }
}
