package cn.tongxin.account;

import java.util.List;
import java.util.Optional;

import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** Account use cases; each checks the caller's permission and stays inside the caller's committee. */
public interface Accounts {

    /** Opens an account in the current administrator's committee. */
    long open(NewAccount account);

    /** Opens an account with no caller: the first administrator of a new installation, or demo accounts. */
    long openWithoutCaller(long committeeId, NewAccount account, boolean mustChangePassword);

    PageResult<AccountSummary> list(String keyword, PageQuery page);

    Optional<AccountSummary> find(long accountId);

    List<AccountSummary> listForUnit(long unitId);

    Optional<AccountSummary> findForMember(long memberId);

    void changeOwnPassword(String currentPassword, String newPassword);

    void resetPassword(long accountId, String newInitialPassword);

    /**
     * Password recovery, after the person proved a code sent to them: the new password under the password policy, the
     * account unlocked and its API tokens revoked. No caller; the recovery module checks the code.
     */
    void recoverPassword(long accountId, String newPassword);

    void updateRoles(long accountId, java.util.Set<Role> roles, String office);

    void setEnabled(long accountId, boolean enabled);

    void unlock(long accountId);
}
