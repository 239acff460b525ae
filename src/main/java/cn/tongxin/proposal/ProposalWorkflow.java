package cn.tongxin.proposal;

import static cn.tongxin.proposal.ProposalAction.*;
import static cn.tongxin.proposal.ProposalStatus.*;

import java.util.List;
import java.util.Optional;

import cn.tongxin.shared.BusinessException;

/**
 * The proposal lifecycle as data: status × action → next status, and who may take the step. Handling steps
 * (acknowledge, reply, rate …) belong to the handling engine and do not change the proposal's status.
 */
public final class ProposalWorkflow {

    public enum Actor { PROPOSER, STAFF }

    public record Transition(ProposalStatus from, ProposalAction action, ProposalStatus to, Actor actor) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(DRAFT, SUBMIT, SUBMITTED, Actor.PROPOSER),
            new Transition(RETURNED, SUBMIT, SUBMITTED, Actor.PROPOSER),
            new Transition(DRAFT, WITHDRAW, WITHDRAWN, Actor.PROPOSER),
            new Transition(SUBMITTED, WITHDRAW, WITHDRAWN, Actor.PROPOSER),
            new Transition(RETURNED, WITHDRAW, WITHDRAWN, Actor.PROPOSER),
            new Transition(SUBMITTED, PRE_APPROVE, PRE_APPROVED, Actor.STAFF),
            new Transition(SUBMITTED, FILE, FILED, Actor.STAFF),
            new Transition(PRE_APPROVED, FILE, FILED, Actor.STAFF),
            new Transition(SUBMITTED, REJECT, NOT_FILED, Actor.STAFF),
            new Transition(PRE_APPROVED, REJECT, NOT_FILED, Actor.STAFF),
            new Transition(SUBMITTED, MERGE, MERGED, Actor.STAFF),
            new Transition(PRE_APPROVED, MERGE, MERGED, Actor.STAFF),
            new Transition(SUBMITTED, RETURN, RETURNED, Actor.STAFF),
            new Transition(PRE_APPROVED, RETURN, RETURNED, Actor.STAFF),
            new Transition(FILED, ASSIGN, HANDLING, Actor.STAFF),
            new Transition(HANDLING, CLOSE, CLOSED, Actor.STAFF),
            new Transition(CLOSED, REOPEN, HANDLING, Actor.STAFF));

    private ProposalWorkflow() {
    }

    public static Optional<Transition> find(ProposalStatus from, ProposalAction action) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The step, or a 409 a person understands. */
    public static Transition require(ProposalStatus from, ProposalAction action) {
        return find(from, action).orElseThrow(() -> BusinessException.conflict(
                "该提案当前状态为“" + from.label() + "”，不能" + action.label()));
    }

    public static List<ProposalAction> actionsFrom(ProposalStatus from, Actor actor) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.actor() == actor).map(Transition::action).toList();
    }
}
