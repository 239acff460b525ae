package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.support.IntegrationTest;

/** Work run as an account sees that account as the current user, with its permissions, and nothing afterwards. */
@IntegrationTest
class RunAsTests {

    @Autowired
    RunAs runAs;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    Accounts accounts;

    @Test
    void workRunAsAnAccountActsAsThatAccount() {
        CurrentUser staff = runAs.user("staff", currentUsers::get);
        assertThat(staff.username()).isEqualTo("staff");
        assertThat(staff.roles()).containsExactly(Role.STAFF);
        assertThat(currentUsers.find()).isEmpty();
    }

    @Test
    void workRunAsAnAccountHasOnlyThatAccountsPermissions() {
        assertThatThrownBy(() -> runAs.user("member", () -> accounts.open(new NewAccount("run_as_x", "某人", "Demo@2026x",
                Set.of(Role.STAFF), null, null, null)))).isInstanceOf(BusinessException.class).hasMessage("您没有执行此操作的权限");
        assertThat(currentUsers.find()).isEmpty();
    }

    @Test
    void noOneCanBeRunAsAnUnknownAccount() {
        assertThatThrownBy(() -> runAs.user("nobody_here", currentUsers::get)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("nobody_here");
    }
}
