package cn.tongxin.suggestion;

import static cn.tongxin.suggestion.SuggestionParty.MEMBER;
import static cn.tongxin.suggestion.SuggestionParty.STAFF;
import static cn.tongxin.suggestion.SuggestionStatus.CLOSED;
import static cn.tongxin.suggestion.SuggestionStatus.CONVERTED;
import static cn.tongxin.suggestion.SuggestionStatus.HANDLING;
import static cn.tongxin.suggestion.SuggestionStatus.REJECTED;
import static cn.tongxin.suggestion.SuggestionStatus.SUBMITTED;
import static cn.tongxin.suggestion.SuggestionStatus.WITHDRAWN;

import cn.tongxin.shared.TransitionTable;

/**
 * The lifecycle of a micro-suggestion: staff review what members submit (受理 and hand to a unit, 不予受理, or 转办 into a
 * proposal draft or an opinion report); the member may withdraw until then; an accepted one is 办结 with its case.
 */
public final class SuggestionWorkflow {

    public static final TransitionTable<SuggestionStatus, SuggestionAction, SuggestionParty> TABLE =
            TransitionTable.<SuggestionStatus, SuggestionAction, SuggestionParty>of("该微建议")
                    .add(SuggestionAction.ACCEPT, HANDLING, STAFF, SUBMITTED)
                    .add(SuggestionAction.REJECT, REJECTED, STAFF, SUBMITTED)
                    .add(SuggestionAction.CONVERT, CONVERTED, STAFF, SUBMITTED)
                    .add(SuggestionAction.WITHDRAW, WITHDRAWN, MEMBER, SUBMITTED)
                    .add(SuggestionAction.CLOSE, CLOSED, STAFF, HANDLING)
                    .build();

    private SuggestionWorkflow() {
    }
}
