package cn.tongxin.account;

import java.time.Instant;
import java.util.Set;

/**
 * An account as lists show it. {@code email} and {@code mobile} are masked (z***@example.cn, 138****0000) except for
 * the administrator opening the account itself ({@link Accounts#find}).
 */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, String office,
                             Long memberId, Long unitId, boolean enabled, boolean locked, Instant lastLoginAt,
                             String email, String mobile) {

    public String rolesLabel() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
