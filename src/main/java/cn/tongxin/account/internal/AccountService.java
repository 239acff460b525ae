package cn.tongxin.account.internal;


import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountEvents.AccountChanged;
import cn.tongxin.account.AccountLinks;
import cn.tongxin.account.AccountSummary;
import cn.tongxin.account.Accounts;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.PasswordPolicy;
import cn.tongxin.account.Role;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@Service
@Transactional
class AccountService implements Accounts {

    private static final String SUMMARY = """
            select a.id, a.username, a.display_name, a.office, a.member_id, a.unit_id, a.enabled, a.email_sealed, a.mobile_sealed,
                   (a.locked_until is not null and a.locked_until > now()) as locked, a.last_login_at,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_account_id = a.id), '') as roles
              from user_account a
            """;

    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ObjectProvider<AccountLinks> links;
    private final PasswordHistory history;
    private final UserSessions sessions;
    private final PersonalData personal;

    AccountService(UserAccounts accounts, CurrentUsers currentUsers, PasswordEncoder encoder,
                   ApplicationEventPublisher events, JdbcClient jdbc, ObjectProvider<AccountLinks> links,
                   PasswordHistory history, UserSessions sessions, PersonalData personal) {
        this.personal = personal;
        this.history = history;
        this.sessions = sessions;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.encoder = encoder;
        this.events = events;
        this.jdbc = jdbc;
        this.links = links;
    }

    @Override
    public long open(NewAccount request) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        var errors = new FieldErrors.Collector();
        String username = request.username() == null ? "" : request.username().trim();
        if (!username.matches("[A-Za-z0-9_.@-]{3,50}")) {
            errors.add("username", "用户名须为3至50位字母、数字或 _ . @ -");
        } else if (accounts.usernameTaken(username)) {
            errors.add("username", "用户名已被使用");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            errors.add("displayName", "请填写姓名");
        } else if (request.displayName().trim().length() > 50) {
            errors.add("displayName", "姓名不超过50个字符");
        }
        if (request.office() != null && request.office().trim().length() > 50) {
            errors.add("office", "所在科室不超过50个字符");
        }
        PasswordPolicy.check(request.initialPassword(), username).ifPresent(m -> errors.add("initialPassword", m));
        if (request.roles() == null || request.roles().isEmpty() || request.roles().stream().anyMatch(Objects::isNull)) {
            errors.add("roles", "请至少选择一个角色");
        } else {
            if (request.roles().contains(Role.MEMBER) && request.memberId() == null) {
                errors.add("roles", "委员角色须关联一名委员");
            }
            if (request.roles().contains(Role.UNIT) && request.unitId() == null) {
                errors.add("roles", "承办单位角色须关联一个承办单位");
            }
        }
        if (request.memberId() != null && !ownLink(AccountLinks.Kind.MEMBER, request.memberId(), admin.committeeId())) {
            errors.add("memberId", "所选委员不存在或不属于本政协");
        }
        if (request.unitId() != null && !ownLink(AccountLinks.Kind.UNIT, request.unitId(), admin.committeeId())) {
            errors.add("unitId", "所选承办单位不存在或不属于本政协");
        }
        errors.throwIfAny();
        var account = UserAccount.open(admin.committeeId(), username, request.displayName().trim(),
                encoder.encode(request.initialPassword()), request.roles(), blankToNull(request.office()),
                request.memberId(), request.unitId());
        accounts.save(account);
        history.remember(account);
        events.publishEvent(new AccountChanged(admin.committeeId(), account.id, "创建账户",
                "用户名 " + username + "，角色 " + rolesLabel(request.roles())));
        return account.id;
    }

    @Override
    public long openWithoutCaller(long committeeId, NewAccount request, boolean mustChangePassword) {
        var account = UserAccount.open(committeeId, request.username(), request.displayName(),
                encoder.encode(request.initialPassword()), request.roles(), request.office(), request.memberId(),
                request.unitId());
        account.mustChangePassword = mustChangePassword;
        // opened without a forced change: a published password (the demo's), to be changed outside the demo
        account.publishedPassword = !mustChangePassword;
        accounts.save(account);
        history.remember(account);
        events.publishEvent(new AccountChanged(committeeId, account.id, "创建账户",
                "用户名 " + request.username() + "，角色 " + rolesLabel(request.roles())));
        return account.id;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<AccountSummary> list(String keyword, PageQuery page) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        String like = keyword == null || keyword.isBlank() ? null : "%" + keyword.trim() + "%";
        String where = " where a.committee_id = :committee and (cast(:like as text) is null or a.username ilike :like or a.display_name ilike :like)";
        long total = jdbc.sql("select count(*) from user_account a" + where)
                .param("committee", admin.committeeId()).param("like", like).query(Long.class).single();
        List<AccountSummary> items = jdbc.sql(SUMMARY + where + " order by a.id limit :limit offset :offset")
                .param("committee", admin.committeeId()).param("like", like)
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::masked).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(long accountId) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        // the administrator opening the account sees its contact details in full (to correct them)
        return jdbc.sql(SUMMARY + " where a.id = :id and a.committee_id = :committee")
                .param("id", accountId).param("committee", admin.committeeId())
                .query(this::full).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> listForUnit(long unitId) {
        CurrentUser user = currentUsers.get();
        return jdbc.sql(SUMMARY + " where a.unit_id = :unit and a.committee_id = :committee order by a.id")
                .param("unit", unitId).param("committee", user.committeeId())
                .query(this::masked).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findForMember(long memberId) {
        CurrentUser user = currentUsers.get();
        return jdbc.sql(SUMMARY + " where a.member_id = :member and a.committee_id = :committee order by a.id limit 1")
                .param("member", memberId).param("committee", user.committeeId())
                .query(this::masked).optional();
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = currentUsers.get();
        UserAccount account = accounts.findById(me.id()).orElseThrow(() -> BusinessException.notFound("账户"));
        var errors = new FieldErrors.Collector();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash)) {
            errors.add("currentPassword", "当前密码不正确");
        }
        var problem = PasswordPolicy.check(newPassword, account.username);
        problem.ifPresent(m -> errors.add("newPassword", m));
        if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
            errors.add("newPassword", "新密码不能与当前密码相同");
        } else if (problem.isEmpty() && errors.isEmpty() && history.reuses(account, newPassword)) {
            errors.add("newPassword", "新密码不能与最近" + history.rules() + "次使用过的密码相同");
        }
        errors.throwIfAny();
        account.changePassword(encoder.encode(newPassword), false);
        accounts.save(account);
        history.remember(account);
        // whoever else is logged in with the old password is logged out; this session goes on
        int ended = sessions.endOthers(account.username);
        events.publishEvent(new AccountChanged(me.committeeId(), me.id(), "修改密码",
                "本人修改密码" + (ended > 0 ? "；已结束其另外" + ended + "个会话" : "")));
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            var updated = principal.withPasswordChanged();
            var token = new UsernamePasswordAuthenticationToken(updated, null, updated.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(token);
        }
    }

    @Override
    public void resetPassword(long accountId, String newInitialPassword) {
        UserAccount account = adminOwned(accountId);
        PasswordPolicy.check(newInitialPassword, account.username).ifPresent(m -> {
            throw new FieldErrors("提交的内容有误，请修改后重试", List.of(new FieldErrors.FieldError("initialPassword", m)));
        });
        account.changePassword(encoder.encode(newInitialPassword), true);
        account.unlock();
        accounts.save(account);
        history.remember(account);
        int revoked = revokeTokens(accountId);
        int ended = endSessions(account);
        events.publishEvent(new AccountChanged(account.committeeId, accountId, "重置密码",
                "重置为初始密码，首次登录须修改" + (revoked > 0 ? "；已吊销其" + revoked + "个API令牌" : "")
                        + (ended > 0 ? "；已结束其" + ended + "个会话" : "")));
    }

    @Override
    public void recoverPassword(long accountId, String newPassword) {
        UserAccount account = accounts.findById(accountId).filter(a -> a.enabled)
                .orElseThrow(() -> BusinessException.notFound("账户"));
        PasswordPolicy.check(newPassword, account.username).or(() -> history.reuses(account, newPassword)
                        ? java.util.Optional.of("新密码不能与最近" + history.rules() + "次使用过的密码相同") : java.util.Optional.empty())
                .ifPresent(m -> {
                    throw new FieldErrors("提交的内容有误，请修改后重试", List.of(new FieldErrors.FieldError("newPassword", m)));
                });
        account.changePassword(encoder.encode(newPassword), false);
        account.unlock();
        accounts.save(account);
        history.remember(account);
        int revoked = revokeTokens(accountId);
        int ended = sessions.endAll(account.username); // the person is not logged in here: every session ends
        events.publishEvent(new AccountChanged(account.committeeId, accountId, "找回密码",
                "凭验证码设置新密码" + (revoked > 0 ? "；已吊销其" + revoked + "个API令牌" : "")
                        + (ended > 0 ? "；已结束其" + ended + "个会话" : "")));
    }

    /** Whoever held the old password may have made tokens with it: a reset ends them too. */
    private int revokeTokens(long accountId) {
        return jdbc.sql("update api_token set revoked_at = now() where user_account_id = ? and revoked_at is null")
                .param(accountId).update();
    }

    @Override
    public void updateRoles(long accountId, Set<Role> roles, String office) {
        UserAccount account = adminOwned(accountId);
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw BusinessException.invalid("请至少选择一个角色");
        }
        if (office != null && office.trim().length() > 50) {
            throw BusinessException.invalid("所在科室不超过50个字符");
        }
        if (roles.contains(Role.MEMBER) && account.memberId == null) {
            throw BusinessException.invalid("该账户未关联委员，不能授予委员角色");
        }
        if (roles.contains(Role.UNIT) && account.unitId == null) {
            throw BusinessException.invalid("该账户未关联承办单位，不能授予承办单位角色");
        }
        if (accountId == currentUsers.get().id() && !roles.contains(Role.ADMIN)) {
            throw BusinessException.conflict("不能撤销自己的系统管理员角色");
        }
        boolean removed = !roles.containsAll(account.roleSet());
        account.assignRoles(roles);
        account.office = blankToNull(office);
        accounts.save(account);
        // a session keeps the roles of its login: one that still holds a removed role ends
        int ended = removed ? endSessions(account) : 0;
        events.publishEvent(new AccountChanged(account.committeeId, accountId, "修改角色", "角色 " + rolesLabel(roles)
                + (ended > 0 ? "；已结束其" + ended + "个会话" : "")));
    }

    @Override
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = adminOwned(accountId);
        if (!enabled && accountId == currentUsers.get().id()) {
            throw BusinessException.conflict("不能停用自己的账户");
        }
        account.enabled = enabled;
        accounts.save(account);
        int ended = enabled ? 0 : sessions.endAll(account.username);
        events.publishEvent(new AccountChanged(account.committeeId, accountId, enabled ? "启用账户" : "停用账户",
                account.username + (ended > 0 ? "；已结束其" + ended + "个会话" : "")));
    }

    @Override
    public void unlock(long accountId) {
        UserAccount account = adminOwned(accountId);
        account.unlock();
        accounts.save(account);
        events.publishEvent(new AccountChanged(account.committeeId, accountId, "解锁账户", account.username));
    }

    /** Ends the account's sessions; an administrator acting on their own account keeps the session they act in. */
    private int endSessions(UserAccount account) {
        return account.id.equals(currentUsers.get().id()) ? sessions.endOthers(account.username) : sessions.endAll(account.username);
    }

    /** A member or unit an account is linked to must be the committee's own (ids in a request are not trusted). */
    private boolean ownLink(AccountLinks.Kind kind, long id, long committeeId) {
        return links.orderedStream().filter(l -> l.kind() == kind).anyMatch(l -> l.belongsTo(id, committeeId));
    }

    private UserAccount adminOwned(long accountId) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        return accounts.findByIdAndCommitteeId(accountId, admin.committeeId())
                .orElseThrow(() -> BusinessException.notFound("账户"));
    }

    private AccountSummary masked(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return summary(rs, PersonalData.maskEmail(personal.reveal(rs.getString("email_sealed"))),
                PersonalData.maskMobile(personal.reveal(rs.getString("mobile_sealed"))));
    }

    private AccountSummary full(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return summary(rs, personal.reveal(rs.getString("email_sealed")), personal.reveal(rs.getString("mobile_sealed")));
    }

    private static AccountSummary summary(java.sql.ResultSet rs, String email, String mobile) throws java.sql.SQLException {
        String roles = rs.getString("roles");
        Set<Role> set = roles.isEmpty() ? Set.of()
                : java.util.Arrays.stream(roles.split(",")).map(Role::valueOf).collect(java.util.stream.Collectors.toSet());
        var lastLogin = rs.getTimestamp("last_login_at");
        return new AccountSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), set,
                rs.getString("office"), (Long) rs.getObject("member_id"), (Long) rs.getObject("unit_id"),
                rs.getBoolean("enabled"), rs.getBoolean("locked"), lastLogin == null ? null : lastLogin.toInstant(), email, mobile);
    }

    private static String rolesLabel(Set<Role> roles) {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
