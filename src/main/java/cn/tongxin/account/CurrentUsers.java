package cn.tongxin.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.tongxin.account.internal.AccountPrincipal;
import cn.tongxin.shared.BusinessException;

/** Reads the current user from the security context (session or API token). */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    public CurrentUser get() {
        return find().orElseThrow(() -> BusinessException.forbidden("请先登录"));
    }

    /** The current user, who must hold one of the roles. */
    public CurrentUser require(Role... roles) {
        CurrentUser user = get();
        if (!user.hasAny(roles)) {
            throw BusinessException.forbidden("您没有执行此操作的权限");
        }
        return user;
    }
}
