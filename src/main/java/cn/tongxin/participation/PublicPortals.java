package cn.tongxin.participation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;

/**
 * A committee's public portal at {@code /public/{code}}: opened by its administrator with an address code and a title;
 * a committee without one has no public pages at all.
 */
@Service
@Transactional
public class PublicPortals {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,29}");

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    PublicPortals(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** The portal at an address code, for anyone. */
    @Transactional(readOnly = true)
    public Optional<Portal> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select committee_id, code, title from public_portal where code = ?").param(code)
                .query((rs, n) -> new Portal(rs.getLong("committee_id"), rs.getString("code"), rs.getString("title"))).optional();
    }

    /** The portal at an address code, or 404 in Chinese. */
    @Transactional(readOnly = true)
    public Portal require(String code) {
        return find(code).orElseThrow(() -> BusinessException.notFound("该公开门户"));
    }

    /** The current user's committee's portal, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Portal> own() {
        long committee = currentUsers.get().committeeId();
        return jdbc.sql("select committee_id, code, title from public_portal where committee_id = ?").param(committee)
                .query((rs, n) -> new Portal(rs.getLong("committee_id"), rs.getString("code"), rs.getString("title"))).optional();
    }

    /** Opens the committee's portal, or changes its address and title (administrators). */
    public Portal open(String code, String title) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        String c = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw BusinessException.invalid("门户地址须为2至30位小写字母、数字或短横线，以字母或数字开头");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 100) {
            throw BusinessException.invalid("请填写门户名称（不超过100字）");
        }
        boolean taken = jdbc.sql("select count(*) from public_portal where code = ? and committee_id <> ?")
                .params(c, admin.committeeId()).query(Long.class).single() > 0;
        if (taken) {
            throw BusinessException.conflict("门户地址“" + c + "”已被其他政协使用");
        }
        jdbc.sql("""
                insert into public_portal (committee_id, code, title, opened_by) values (?, ?, ?, ?)
                on conflict (committee_id) do update set code = excluded.code, title = excluded.title""")
                .params(admin.committeeId(), c, t, admin.username()).update();
        audit.record(admin.committeeId(), "设置公开门户", "public_portal", admin.committeeId(), "/public/" + c + "（" + t + "）");
        return new Portal(admin.committeeId(), c, t);
    }

    public record Portal(long committeeId, String code, String title) {
    }
}
