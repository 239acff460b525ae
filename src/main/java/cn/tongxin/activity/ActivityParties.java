package cn.tongxin.activity;

import java.util.EnumSet;
import java.util.Set;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;

/** The parties a user acts as on one activity: roles, and for a member whether they were invited. */
final class ActivityParties {

    private ActivityParties() {
    }

    static Set<ActivityParty> of(CurrentUser user, boolean invited) {
        Set<ActivityParty> as = EnumSet.noneOf(ActivityParty.class);
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            as.add(ActivityParty.STAFF);
        }
        if (user.has(Role.LEADER)) {
            as.add(ActivityParty.LEADER);
        }
        if (user.has(Role.UNIT) && user.unitId() != null) {
            as.add(ActivityParty.UNIT);
        }
        if (user.has(Role.MEMBER) && user.memberId() != null) {
            as.add(invited ? ActivityParty.INVITEE : ActivityParty.MEMBER);
        }
        return as;
    }

    static Set<ActivityParty> staff() {
        return EnumSet.of(ActivityParty.STAFF);
    }
}
