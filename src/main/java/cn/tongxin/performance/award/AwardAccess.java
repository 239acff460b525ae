package cn.tongxin.performance.award;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.performance.award.AwardWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/** Who may do what with campaigns: the office acts, leaders read all, members read published results. */
@Component
class AwardAccess {

    private final CurrentUsers currentUsers;
    private final AwardCampaigns campaigns;

    AwardAccess(CurrentUsers currentUsers, AwardCampaigns campaigns) {
        this.currentUsers = currentUsers;
        this.campaigns = campaigns;
    }

    CurrentUser office() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }

    /** The campaign of the office's committee, locked for a step (another committee's is not found). */
    AwardCampaign locked(CurrentUser staff, long id) {
        return campaigns.findLockedByIdAndCommitteeId(id, staff.committeeId()).orElseThrow(AwardAccess::notFound);
    }

    /** The campaign as the reader may see it: members only published ones. */
    AwardCampaign visible(CurrentUser user, long id) {
        var campaign = campaigns.findByIdAndCommitteeId(id, user.committeeId()).orElseThrow(AwardAccess::notFound);
        if (!seesAll(user) && campaign.status() != AwardWorkflow.Status.PUBLISHED) {
            throw notFound();
        }
        return campaign;
    }

    static boolean seesAll(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER);
    }

    static Set<Party> parties(CurrentUser user) {
        Set<Party> as = EnumSet.noneOf(Party.class);
        if (user.isOffice()) {
            as.add(Party.STAFF);
        }
        if (user.has(Role.LEADER)) {
            as.add(Party.LEADER);
        }
        if (user.has(Role.MEMBER)) {
            as.add(Party.MEMBER);
        }
        return as;
    }

    static BusinessException notFound() {
        return BusinessException.notFound("评选");
    }
}
