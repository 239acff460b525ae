package cn.tongxin.organization.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Level;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** Administrators manage their own committee and the committees under it. */
@Service
@Transactional
public class CommitteeService {

    static final String SELECT = """
            select c.id, c.name, c.level, c.parent_id, p.name as parent_name, c.region, c.version
              from committee c left join committee p on p.id = c.parent_id
            """;
    /** The current committee and every committee below it. */
    private static final String SUBTREE = """
            with recursive tree(id) as (select cast(:root as bigint) union all select c.id from committee c join tree t on c.parent_id = t.id)
            """;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    private final CommitteeCache cache;

    CommitteeService(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit, CommitteeCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CommitteeView> visible() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql(SUBTREE + SELECT + " where c.id in (select id from tree) order by c.level, c.id")
                .param("root", user.committeeId()).query(CommitteeService::view).list();
    }

    @Transactional(readOnly = true)
    public CommitteeView get(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql(SUBTREE + SELECT + " where c.id = :id and c.id in (select id from tree)")
                .param("root", user.committeeId()).param("id", id)
                .query(CommitteeService::view).optional().orElseThrow(() -> BusinessException.notFound("政协"));
    }

    /** Creates a committee one level below one the administrator manages. */
    public long create(CommitteeForm form) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        CommitteeView parent = get(form.parentId() == null ? admin.committeeId() : form.parentId());
        Level childLevel = parent.level().childLevel()
                .orElseThrow(() -> BusinessException.invalid("县级政协之下不能再设下级政协"));
        validateName(form.name(), null);
        long id = jdbc.sql("insert into committee (name, level, parent_id, region) values (?, ?, ?, ?) returning id")
                .params(form.name().trim(), childLevel.name(), parent.id(), Text.trimToNull(form.region()))
                .query(Long.class).single();
        audit.record(admin.committeeId(), "新建政协", "committee", id, form.name().trim() + "（" + childLevel.label() + "）");
        return id;
    }

    /**
     * An administrator changes their own committee's record only. An upper committee founds a committee below it but
     * changes nothing of it afterwards (name, region, or any of its records): each level manages its own (docs/modules.md).
     */
    public void update(long id, CommitteeForm form, int version) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        get(id);
        if (id != admin.committeeId()) {
            throw BusinessException.forbidden("上级政协不能修改下级政协的信息，请由该政协的管理员修改");
        }
        validateName(form.name(), id);
        cache.changedAll();
        int updated = jdbc.sql("update committee set name = ?, region = ?, version = version + 1 where id = ? and version = ?")
                .params(form.name().trim(), Text.trimToNull(form.region()), id, version).update();
        if (updated == 0) {
            throw BusinessException.conflict("该政协信息已被他人修改，请刷新后重试");
        }
        audit.record(admin.committeeId(), "修改政协", "committee", id, form.name().trim());
    }

    private void validateName(String name, Long exceptId) {
        var errors = new FieldErrors.Collector();
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            errors.add("name", "请填写名称（不超过100个字符）");
        } else if (jdbc.sql("select count(*) from committee where name = ? and id <> ?")
                .params(name.trim(), exceptId == null ? -1 : exceptId).query(Long.class).single() > 0) {
            errors.add("name", "已有同名政协");
        }
        errors.throwIfAny();
    }

    static CommitteeView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CommitteeView(rs.getLong("id"), rs.getString("name"), Level.valueOf(rs.getString("level")),
                (Long) rs.getObject("parent_id"), rs.getString("parent_name"), rs.getString("region"), rs.getInt("version"));
    }


    public record CommitteeForm(String name, Long parentId, String region) {
    }
}
