package cn.tongxin.suggestion;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.CaseStatus;

/**
 * What a suggestion's page offers this user: the table's steps for the parties the user is, less one named guard —
 * 办结 only once the unit has replied (the engine refuses it before, and the page should not tempt).
 */
public record SuggestionActions(List<SuggestionAction> actions) {

    public boolean offers(String action) {
        return actions.contains(SuggestionAction.valueOf(action));
    }

    public static SuggestionActions of(CurrentUser user, SuggestionView s, CaseStatus caseStatus) {
        Set<SuggestionParty> parties = EnumSet.noneOf(SuggestionParty.class);
        if (user.isOffice()) {
            parties.add(SuggestionParty.STAFF);
        }
        if (user.memberId() != null && user.memberId() == s.memberId()) {
            parties.add(SuggestionParty.MEMBER);
        }
        return new SuggestionActions(offered(s.status(), parties, caseStatus == CaseStatus.REPLIED));
    }

    static List<SuggestionAction> offered(SuggestionStatus status, Set<SuggestionParty> parties, boolean caseReplied) {
        return SuggestionWorkflow.TABLE.actions(status, parties).stream()
                .filter(a -> a != SuggestionAction.CLOSE || caseReplied)
                .toList();
    }
}
