package cn.tongxin.handling;

import static cn.tongxin.handling.AssignmentStatus.ACKNOWLEDGED;
import static cn.tongxin.handling.AssignmentStatus.ASSIGNED;
import static cn.tongxin.handling.AssignmentStatus.OPINION_SENT;
import static cn.tongxin.handling.AssignmentStatus.WITHDRAWN;
import static cn.tongxin.handling.CaseStatus.CLOSED;
import static cn.tongxin.handling.CaseStatus.HANDLING;
import static cn.tongxin.handling.CaseStatus.REPLIED;
import static cn.tongxin.handling.HandlingParty.RATER;
import static cn.tongxin.handling.HandlingParty.STAFF;
import static cn.tongxin.handling.HandlingParty.UNIT;

import cn.tongxin.shared.TransitionTable;

/**
 * The two lifecycles of the engine as data. A case is 办理中 until every responsible unit has replied (办复), is rated,
 * possibly handled again, and closed; each unit's assignment goes from 待签收 through 办理中 to 已答复 (or, for a
 * co-handling unit, 已提交会办意见), or is 已调整 when staff hand it to another unit.
 */
public final class HandlingWorkflow {

    public static final TransitionTable<CaseStatus, CaseAction, HandlingParty> CASE =
            TransitionTable.<CaseStatus, CaseAction, HandlingParty>of("该办理事项")
                    .add(CaseAction.COMPLETE_REPLIES, REPLIED, UNIT, HANDLING)
                    .add(CaseAction.RETURN_REPLY, HANDLING, STAFF, HANDLING, REPLIED)
                    .keep(CaseAction.URGE, STAFF, HANDLING, REPLIED)
                    .keep(CaseAction.RATE, RATER, REPLIED)
                    .keep(CaseAction.RATE_ON_PAPER, STAFF, REPLIED)
                    .add(CaseAction.REHANDLE, HANDLING, STAFF, REPLIED)
                    .add(CaseAction.CLOSE, CLOSED, STAFF, REPLIED)
                    .add(CaseAction.REOPEN, REPLIED, STAFF, CLOSED)
                    .build();

    public static final TransitionTable<AssignmentStatus, AssignmentAction, HandlingParty> ASSIGNMENT =
            TransitionTable.<AssignmentStatus, AssignmentAction, HandlingParty>of("该交办")
                    .add(AssignmentAction.ACKNOWLEDGE, ACKNOWLEDGED, UNIT, ASSIGNED)
                    .keep(AssignmentAction.REQUEST_REASSIGNMENT, UNIT, ASSIGNED, ACKNOWLEDGED)
                    .keep(AssignmentAction.REQUEST_EXTENSION, UNIT, ASSIGNED, ACKNOWLEDGED)
                    .keep(AssignmentAction.RECORD_CONTACT, UNIT, ACKNOWLEDGED, AssignmentStatus.REPLIED, OPINION_SENT)
                    .add(AssignmentAction.SEND_OPINION, OPINION_SENT, UNIT, ACKNOWLEDGED)
                    .add(AssignmentAction.REPLY, AssignmentStatus.REPLIED, UNIT, ACKNOWLEDGED)
                    .keep(AssignmentAction.URGE, STAFF, ASSIGNED, ACKNOWLEDGED)
                    .add(AssignmentAction.WITHDRAW, WITHDRAWN, STAFF, ASSIGNED, ACKNOWLEDGED)
                    .add(AssignmentAction.RETURN_REPLY, ACKNOWLEDGED, STAFF, AssignmentStatus.REPLIED)
                    .add(AssignmentAction.REHANDLE, ACKNOWLEDGED, STAFF, AssignmentStatus.REPLIED)
                    .build();

    private HandlingWorkflow() {
    }
}
