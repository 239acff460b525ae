package cn.tongxin.organization;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.internal.CommitteeGrantStore;
import cn.tongxin.shared.BusinessException;

/** A committee's administrators and staff grant an upper committee (its parent or an ancestor) read access, and revoke it. */
@Service
@Transactional
public class CommitteeGrants {

    private final CurrentUsers currentUsers;
    private final CommitteeGrantStore store;
    private final CommitteeAccess access;
    private final Organization organization;
    private final AuditLog audit;

    CommitteeGrants(CurrentUsers currentUsers, CommitteeGrantStore store, CommitteeAccess access, Organization organization,
                    AuditLog audit) {
        this.currentUsers = currentUsers;
        this.store = store;
        this.access = access;
        this.organization = organization;
        this.audit = audit;
    }

    /** One grant as the settings page and the API show it. */
    public record Grant(long id, long granteeId, String granteeName, Instant grantedAt, String grantedBy, Instant revokedAt,
                        String revokedBy) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** An upper committee and whether it may read this committee's records now. */
    public record Upper(long id, String name, String level, boolean granted) {
    }

    public record Overview(List<Upper> uppers, List<Grant> grants, List<CommitteeView> grantedToUs) {
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var active = store.grantees(user.committeeId());
        List<Upper> uppers = access.ancestors(user.committeeId()).stream()
                .map(c -> new Upper(c.id(), c.name(), c.level().label(), active.contains(c.id()))).toList();
        List<Grant> grants = store.given(user.committeeId()).stream().map(g -> new Grant(g.id(), g.granteeId(),
                organization.committee(g.granteeId()).map(CommitteeView::name).orElse("—"), g.grantedAt(), g.grantedBy(),
                g.revokedAt(), g.revokedBy())).toList();
        List<CommitteeView> toUs = access.readable(user).stream().filter(c -> c.id() != user.committeeId()).toList();
        return new Overview(uppers, grants, toUs);
    }

    public void grant(Long upperCommitteeId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        CommitteeView upper = upper(user, upperCommitteeId);
        if (!store.grant(user.committeeId(), upper.id(), user.username())) {
            throw BusinessException.conflict("已授权" + upper.name() + "查阅本会记录");
        }
        audit.record(user.committeeId(), "授权上级政协查阅", "committee_grant", upper.id(), upper.name());
    }

    public void revoke(Long upperCommitteeId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        CommitteeView upper = upper(user, upperCommitteeId);
        if (!store.revoke(user.committeeId(), upper.id(), user.username())) {
            throw BusinessException.conflict("未授权" + upper.name() + "查阅本会记录，无需撤销");
        }
        audit.record(user.committeeId(), "撤销上级政协查阅授权", "committee_grant", upper.id(), upper.name());
    }

    private CommitteeView upper(CurrentUser user, Long upperCommitteeId) {
        if (upperCommitteeId == null) {
            throw BusinessException.invalid("请选择上级政协");
        }
        return access.ancestors(user.committeeId()).stream().filter(c -> c.id() == upperCommitteeId).findFirst()
                .orElseThrow(() -> BusinessException.invalid("只能授权本会的上级政协查阅"));
    }
}
