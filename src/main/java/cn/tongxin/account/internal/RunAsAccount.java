package cn.tongxin.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.shared.BusinessException;

@Component
class RunAsAccount implements RunAs {

    private final UserAccounts accounts;
    private final Clock clock;

    RunAsAccount(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public <T> T user(String username, Supplier<T> work) {
        AccountPrincipal principal = accounts.findByUsername(username)
                .map(a -> AccountPrincipal.of(a, Instant.now(clock)))
                .filter(p -> p.isEnabled() && p.isAccountNonLocked())
                .orElseThrow(() -> BusinessException.forbidden("账户不存在或已停用：" + username));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
