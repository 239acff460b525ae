package cn.tongxin.account.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.tongxin.account.CurrentUser;

/** The authenticated user as Spring Security holds it; never serialises the password hash into a session. */
public final class AccountPrincipal implements UserDetails {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    static AccountPrincipal of(UserAccount a, java.time.Instant now) {
        return of(a, now, a.mustChangePassword);
    }

    /** With the password change decided by the password's age and origin ({@link PasswordAge}). */
    static AccountPrincipal of(UserAccount a, java.time.Instant now, boolean mustChangePassword) {
        var user = new CurrentUser(a.id, a.username, a.displayName, a.committeeId, a.roleSet(), a.office, a.memberId, a.unitId);
        return new AccountPrincipal(user, a.passwordHash, a.enabled, a.isLocked(now), mustChangePassword);
    }

    public CurrentUser currentUser() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(user, null, enabled, locked, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + user.username() + "]";
    }

}
