package cn.tongxin.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;
    private final PasswordAge passwordAge;

    AccountUserDetailsService(UserAccounts accounts, Clock clock, PasswordAge passwordAge) {
        this.accounts = accounts;
        this.clock = clock;
        this.passwordAge = passwordAge;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> AccountPrincipal.of(a, Instant.now(clock), passwordAge.mustChange(a, Instant.now(clock))))
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }
}
