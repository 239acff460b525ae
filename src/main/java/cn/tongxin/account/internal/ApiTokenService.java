package cn.tongxin.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountEvents.AccountChanged;
import cn.tongxin.account.ApiTokens;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

@Service
@Transactional
class ApiTokenService implements ApiTokens {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int MAX_ACTIVE = 10;
    private static final java.time.Duration LAST_USED_STEP = java.time.Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IssuedToken create(String name) {
        CurrentUser me = currentUsers.get();
        return issue(me.id(), me.committeeId(), name);
    }

    /** Issues a token to an account that has proved who it is (by its session, a token, or its password). */
    IssuedToken issue(long accountId, long committeeId, String name) {
        String label = label(name);
        long active = jdbc.sql("select count(*) from api_token where user_account_id = ? and revoked_at is null")
                .param(accountId).query(Long.class).single();
        if (active >= MAX_ACTIVE) {
            throw BusinessException.conflict("有效令牌最多" + MAX_ACTIVE + "个，请先撤销不用的令牌");
        }
        StringBuilder token = new StringBuilder("tx_");
        for (int i = 0; i < 40; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String clear = token.toString();
        long id = jdbc.sql("""
                insert into api_token (user_account_id, name, token_hash, token_prefix, created_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(accountId, label, hash(clear), clear.substring(0, 8), java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        events.publishEvent(new AccountChanged(committeeId, accountId, "创建API令牌", label));
        return new IssuedToken(id, label, clear);
    }

    /** The token's name, checked. */
    static String label(String name) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 60) {
            throw new FieldErrors("提交的内容有误，请修改后重试", List.of(new FieldErrors.FieldError("name", "请填写令牌名称（不超过60个字符）")));
        }
        return label;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenSummary> listOwn() {
        CurrentUser me = currentUsers.get();
        return jdbc.sql("""
                select id, name, token_prefix, created_at, last_used_at, revoked_at
                  from api_token where user_account_id = ? order by id desc limit 50""")
                .param(me.id())
                .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Override
    public void revoke(long tokenId) {
        CurrentUser me = currentUsers.get();
        int updated = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_account_id = ? and revoked_at is null")
                .params(java.sql.Timestamp.from(Instant.now(clock)), tokenId, me.id()).update();
        if (updated == 0) {
            throw BusinessException.notFound("有效的令牌");
        }
        events.publishEvent(new AccountChanged(me.committeeId(), me.id(), "撤销API令牌", "令牌 " + tokenId));
    }

    /**
     * The principal a valid (not revoked) token stands for, with its enabled account and roles, read in one statement
     * outside any transaction (it runs before every API call); marks the token as used. The mark is written when it is
     * a minute old or more: a script calling many times a second does not write the token's row on every call.
     * Empty when the token is unknown, revoked, or its account disabled. A lock after failed password logins does not
     * stop the account's tokens: anyone can lock an account by guessing, and that must not switch off a unit's
     * integration. Disabling the account or revoking does.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<AccountPrincipal> principalFor(String clearToken) {
        if (clearToken == null || !clearToken.startsWith("tx_") || clearToken.length() != 43) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        record Found(long tokenId, Instant lastUsed, AccountPrincipal principal) {
        }
        var found = jdbc.sql("""
                select t.id as token_id, t.last_used_at, a.id, a.username, a.display_name, a.committee_id, a.office,
                       a.member_id, a.unit_id, a.must_change_password, a.locked_until,
                       array(select r.role from user_role r where r.user_account_id = a.id) as roles
                  from api_token t join user_account a on a.id = t.user_account_id
                 where t.token_hash = ? and t.revoked_at is null and a.enabled""")
                .param(hash(clearToken))
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (Object role : (Object[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf((String) role));
                    }
                    var user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            rs.getLong("committee_id"), Set.copyOf(roles), rs.getString("office"),
                            rs.getObject("member_id", Long.class), rs.getObject("unit_id", Long.class));
                    Instant lockedUntil = instant(rs.getTimestamp("locked_until"));
                    boolean locked = lockedUntil != null && lockedUntil.isAfter(now);
                    return new Found(rs.getLong("token_id"), instant(rs.getTimestamp("last_used_at")),
                            new AccountPrincipal(user, null, true, locked, rs.getBoolean("must_change_password")));
                })
                .optional();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().isBefore(now.minus(LAST_USED_STEP)))
                .ifPresent(f -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                        .params(java.sql.Timestamp.from(now), f.tokenId()).update());
        return found.map(Found::principal);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(java.sql.Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
