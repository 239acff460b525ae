package cn.tongxin.account;

import java.util.Set;

/** What is needed to open an account in a committee; the initial password must be changed at first login. */
public record NewAccount(String username, String displayName, String initialPassword, Set<Role> roles,
                         String office, Long memberId, Long unitId) {

    /** Never prints the password (request bodies may be logged). */
    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", roles=" + roles + ", memberId=" + memberId + ", unitId=" + unitId + "]";
    }
}
