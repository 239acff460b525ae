package cn.tongxin.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.tongxin.account.AccountEvents;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditEntry;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.audit.AuditSearch;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@Service
class JdbcAuditLog implements AuditLog, AuditSearch {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(long committeeId, String action, String targetType, Object targetId, String detail) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        insert(committeeId, auth == null ? "系统" : auth.getName(), action, targetType,
                targetId == null ? null : targetId.toString(), detail, remoteAddress(), true);
    }

    /** Login attempts and account changes arrive as events, in the transaction of the change. */
    @EventListener
    void on(AccountEvents.LoginSucceeded event) {
        insert(event.committeeId(), event.username(), "登录", "account", null, "登录成功", event.remoteAddress(), true);
    }

    @EventListener
    void on(AccountEvents.LoginFailed event) {
        insert(event.committeeId(), event.username(), "登录失败", "account", null, event.reason(), event.remoteAddress(), false);
    }

    /** A refused request: who, method and path (bounded, no query string or body), from where. */
    @EventListener
    void on(AccountEvents.AccessDenied event) {
        insert(event.committeeId(), event.username(), "拒绝访问", "request", null, event.method() + " " + event.path(),
                event.remoteAddress(), false);
    }

    @EventListener
    void on(AccountEvents.AccountChanged event) {
        record(event.committeeId(), event.action(), "account", event.accountId(), event.detail());
    }

    private void insert(Long committeeId, String username, String action, String targetType, String targetId,
                        String detail, String remoteAddress, boolean success) {
        jdbc.sql("""
                insert into audit_log (occurred_at, committee_id, username, action, target_type, target_id, detail, remote_addr, success)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(Instant.now(clock)), committeeId, truncate(username, 50), action, targetType,
                        targetId, truncate(detail, 1000), remoteAddress, success)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(Criteria c, PageQuery page) {
        long committee = currentUsers.require(Role.ADMIN).committeeId();
        // Rows of no committee (failed logins with an unknown user name) belong to the platform: the administrators
        // of the top committee (no parent) see them. Read from committee here: organization depends on audit.
        String where = """
                 where (committee_id = :committee
                        or (committee_id is null and exists (select 1 from committee c where c.id = :committee and c.parent_id is null)))
                   and (cast(:username as text) is null or lower(username) = lower(:username))
                   and (cast(:action as text) is null or action = :action)
                   and (cast(:from as timestamptz) is null or occurred_at >= :from)
                   and (cast(:to as timestamptz) is null or occurred_at < :to)""";
        var count = jdbc.sql("select count(*) from audit_log " + where);
        var select = jdbc.sql("""
                select id, occurred_at, username, action, target_type, target_id, detail, remote_addr, success
                  from audit_log""" + " " + where + " order by occurred_at desc, id desc limit :limit offset :offset");
        Timestamp from = start(c.from());
        Timestamp to = start(c.to() == null ? null : c.to().plusDays(1));
        String username = blank(c.username());
        String action = blank(c.action());
        long total = count.param("committee", committee).param("username", username).param("action", action)
                .param("from", from).param("to", to).query(Long.class).single();
        List<AuditEntry> items = select.param("committee", committee).param("username", username)
                .param("action", action).param("from", from).param("to", to)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("detail"), rs.getString("remote_addr"),
                        rs.getBoolean("success")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Timestamp start(LocalDate date) {
        return date == null ? null : Timestamp.from(date.atStartOfDay(clock.getZone()).toInstant());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
