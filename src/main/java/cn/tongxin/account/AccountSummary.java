package cn.tongxin.account;

import java.time.Instant;
import java.util.Set;

/** An account as lists show it. */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, String office,
                             Long memberId, Long unitId, boolean enabled, boolean locked, Instant lastLoginAt) {

    public String rolesLabel() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
