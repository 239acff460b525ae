package cn.tongxin.participation;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;

/**
 * Who works on a studio's citizens' opinions and 为民办实事: the office of the committee (every studio) or a member
 * attached to a studio (that studio only). Queries take {@link Worker#studioId()} as a filter: null means all studios.
 */
@Component
class StudioScope {

    private final CurrentUsers currentUsers;
    private final Members members;

    StudioScope(CurrentUsers currentUsers, Members members) {
        this.currentUsers = currentUsers;
        this.members = members;
    }

    /** The current user as a studio worker, or 403 in Chinese. */
    Worker require() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.MEMBER);
        if (user.isOffice()) {
            return new Worker(user, null, null);
        }
        MemberView m = user.memberId() == null ? null : members.find(user.memberId()).orElse(null);
        if (m == null || m.studioId() == null) {
            throw BusinessException.forbidden("您不是委员工作室成员，不能处理群众意见建议");
        }
        return new Worker(user, m.studioId(), m.id());
    }

    /** {@code studioId} null: the office (all studios); else the member {@code memberId} of that studio. */
    record Worker(CurrentUser user, Long studioId, Long memberId) {

        boolean office() {
            return studioId == null;
        }

        long committeeId() {
            return user.committeeId();
        }

        /** The member a conversion or a 为民办实事 item is credited to: staff choose one, a studio member is it. */
        long creditedMember(Long chosen, String missing) {
            if (office()) {
                if (chosen == null) {
                    throw BusinessException.invalid(missing);
                }
                return chosen;
            }
            if (chosen != null && !chosen.equals(memberId)) {
                throw BusinessException.forbidden("工作室委员只能以本人名义办理");
            }
            return memberId;
        }
    }
}
