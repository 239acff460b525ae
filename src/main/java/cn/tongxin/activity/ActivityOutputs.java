package cn.tongxin.activity;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Outputs;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.opinion.SubmitUpward;
import cn.tongxin.opinion.UpwardLink;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final SubmitUpward upward;

    ActivityOutputs(Outputs outputs, CurrentUsers currentUsers, Outcomes outcomes, AssignToUnits assign,
                    ApplicationEventPublisher events, Clock clock, SubmitUpward upward) {
        this.upward = upward;
        this.events = events;
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
        Outputs.Output output = requireOutput(outputId);
        LocalDate adoptedOn = on == null ? LocalDate.now(clock) : on;
        long committeeId = currentUsers.get().committeeId();
        outcomes.adopt(SUBJECT, outputId, level, combined, adoptedOn, note);
        events.publishEvent(new ActivityEvents.OutputAdopted(committeeId, output.activityId(), outputId,
                outputs.authors(outputId), output.kind(), level, combined, adoptedOn));
    }

    /** A leader's instruction on the output (批示); without a date it is today's. */
    public void instruct(long outputId, Outcomes.InstructionForm form) {
        Outputs.Output output = requireOutput(outputId);
        var dated = form.instructedOn() != null ? form : new Outcomes.InstructionForm(form.leader(),
                form.level(), LocalDate.now(clock), form.text(), form.followUpDepartment());
        outcomes.instruct(SUBJECT, outputId, dated);
        events.publishEvent(new ActivityEvents.OutputInstructed(currentUsers.get().committeeId(), output.activityId(), outputId,
                outputs.authors(outputId), output.kind(), dated.level(), dated.leader().strip(), dated.instructedOn()));
    }

    /**
     * 报送上级: the output (e.g. a 调研报告 or 协商成果) goes to the upper committee's intake; the upper committee's adoption
     * comes back on its link ({@link SubmitUpward#linkOfOutput}). Returns the id of the report it became there.
     */
    public long submitUpward(long outputId) {
        Outputs.Output output = requireOutput(outputId);
        var content = outputs.content(outputId);
        return upward.submitOutput(outputId, output.kind().label(), output.title(), content.text(), content.authorNames());
    }

    /** The output's 报送上级 link, if it went up. */
    @Transactional(readOnly = true)
    public java.util.Optional<UpwardLink> upward(long outputId) {
        return upward.linkOfOutput(currentUsers.get().committeeId(), outputId);
    }

    private Outputs.Output requireOutput(long outputId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        return outputs.find(outputId, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("成果"));
    }
}
