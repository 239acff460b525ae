package cn.tongxin.opinion;

import static cn.tongxin.opinion.OpinionStatus.*;

import java.util.EnumSet;
import java.util.Set;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/** The report lifecycle as data: status × action → status, and who takes the step. Authors revise; staff do the rest. */
public final class OpinionWorkflow {

    public enum Action implements Labelled {
        RESUBMIT("重新报送"), WITHDRAW("撤回"), ACCEPT("采编"), ARCHIVE("存档"), RETURN("退回"), CLUE("转提案线索"),
        EDIT("编辑"), ISSUE("编发");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** AUTHOR: whoever submitted the report (a member, a correspondent, staff entering it); STAFF: the office. */
    public enum Party {
        AUTHOR, STAFF
    }

    public static final TransitionTable<OpinionStatus, Action, Party> TABLE = TransitionTable.<OpinionStatus, Action, Party>of("该信息")
            .add(Action.RESUBMIT, SUBMITTED, Party.AUTHOR, RETURNED)
            .add(Action.WITHDRAW, WITHDRAWN, Party.AUTHOR, SUBMITTED, RETURNED)
            .add(Action.ACCEPT, ACCEPTED, Party.STAFF, SUBMITTED)
            .add(Action.ARCHIVE, ARCHIVED, Party.STAFF, SUBMITTED)
            .add(Action.RETURN, RETURNED, Party.STAFF, SUBMITTED)
            .add(Action.CLUE, CLUE, Party.STAFF, SUBMITTED)
            .add(Action.EDIT, EDITED, Party.STAFF, ACCEPTED)
            .add(Action.ISSUE, ISSUED, Party.STAFF, EDITED)
            .build();

    private OpinionWorkflow() {
    }

    /** The parties a user acts as on an item or bulletin: staff or nobody. */
    public static Set<Party> office(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STAFF) ? EnumSet.of(Party.STAFF) : EnumSet.noneOf(Party.class);
    }

    /** The parties a user acts as on a report submitted by {@code submitterAccountId}. */
    public static Set<Party> parties(CurrentUser user, long submitterAccountId) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (submitterAccountId == user.id()) {
            parties.add(Party.AUTHOR);
        }
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            parties.add(Party.STAFF);
        }
        return parties;
    }
}
