package cn.tongxin.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.account.Role;

/** A login of one person in one committee. */
@Table("user_account")
public class UserAccount {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String username;
    String displayName;
    String passwordHash;
    boolean mustChangePassword;
    int failedAttempts;
    Instant lockedUntil;
    boolean enabled;
    String office;
    Long memberId;
    Long unitId;
    Instant passwordChangedAt;
    /** Opened with a published password (the demo's): outside the demo it must be changed at the next login. */
    boolean publishedPassword;
    Instant lastLoginAt;
    Instant createdAt;
    @MappedCollection(idColumn = "user_account_id")
    Set<UserRole> roles = new HashSet<>();

    UserAccount() {
    }

    static UserAccount open(long committeeId, String username, String displayName, String passwordHash,
                            Set<Role> roles, String office, Long memberId, Long unitId) {
        var account = new UserAccount();
        account.committeeId = committeeId;
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.mustChangePassword = true;
        account.enabled = true;
        account.office = office;
        account.memberId = memberId;
        account.unitId = unitId;
        account.createdAt = Instant.now();
        account.passwordChangedAt = account.createdAt;
        account.assignRoles(roles);
        return account;
    }

    Set<Role> roleSet() {
        return roles.stream().map(UserRole::role).collect(Collectors.toUnmodifiableSet());
    }

    void assignRoles(Set<Role> newRoles) {
        roles = newRoles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; the account locks once the limit is reached. Returns true when it just locked. */
    boolean loginFailed(Instant now, int maxAttempts, Duration lockFor) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void loginSucceeded(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String newHash, boolean temporary) {
        passwordHash = newHash;
        mustChangePassword = temporary;
        publishedPassword = false;
        passwordChangedAt = Instant.now();
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }
}
