package cn.tongxin.organization.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.OrganizationEvents;
import cn.tongxin.organization.StudioLevel;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** Sectors, special committees, parties, groups and studios of the current committee. */
@Service
@Transactional
public class DirectoryService {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    DirectoryService(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> list(OrgUnitKind kind, boolean activeOnly) {
        return listIn(currentUsers.get().committeeId(), List.of(kind), activeOnly);
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> listIn(long committeeId, List<OrgUnitKind> kinds, boolean activeOnly) {
        return jdbc.sql("""
                select id, kind, name, description, sort_order, active, version, studio_level from org_unit
                 where committee_id = :committee and kind in (:kinds) and (active or not :activeOnly)
                 order by kind, sort_order, id""")
                .param("committee", committeeId).param("kinds", kinds.stream().map(Enum::name).toList())
                .param("activeOnly", activeOnly)
                .query((rs, n) -> new OrgUnit(rs.getLong("id"), OrgUnitKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("description"), rs.getInt("sort_order"),
                        rs.getBoolean("active"), rs.getInt("version"),
                        rs.getString("studio_level") == null ? null : StudioLevel.valueOf(rs.getString("studio_level"))))
                .list();
    }

    @Transactional(readOnly = true)
    public OrgUnit get(OrgUnitKind kind, long id) {
        return list(kind, false).stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> BusinessException.notFound(kind.label()));
    }

    public long create(OrgUnitKind kind, OrgUnitForm form) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        validate(admin.committeeId(), kind, form, null);
        long id = jdbc.sql("""
                insert into org_unit (committee_id, kind, name, description, sort_order, active, studio_level)
                values (?, ?, ?, ?, ?, true, ?) returning id""")
                .params(admin.committeeId(), kind.name(), form.name().strip(), Text.trimToNull(form.description()),
                        form.sortOrder() == null ? 0 : form.sortOrder(), level(kind, form))
                .query(Long.class).single();
        audit.record(admin.committeeId(), "新建" + kind.label(), "org_unit", id, form.name().strip());
        events.publishEvent(new OrganizationEvents.DirectoryChanged(admin.committeeId(), kind, id));
        return id;
    }

    public void update(OrgUnitKind kind, long id, OrgUnitForm form, int version) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        get(kind, id);
        validate(admin.committeeId(), kind, form, id);
        int updated = jdbc.sql("""
                update org_unit set name = ?, description = ?, sort_order = ?, active = ?, studio_level = ?, version = version + 1
                 where id = ? and committee_id = ? and kind = ? and version = ?""")
                .params(form.name().strip(), Text.trimToNull(form.description()),
                        form.sortOrder() == null ? 0 : form.sortOrder(), form.active() == null || form.active(), level(kind, form),
                        id, admin.committeeId(), kind.name(), version)
                .update();
        if (updated == 0) {
            throw BusinessException.conflict("该" + kind.label() + "已被他人修改，请刷新后重试");
        }
        audit.record(admin.committeeId(), "修改" + kind.label(), "org_unit", id, form.name().strip());
        events.publishEvent(new OrganizationEvents.DirectoryChanged(admin.committeeId(), kind, id));
    }

    private void validate(long committeeId, OrgUnitKind kind, OrgUnitForm form, Long exceptId) {
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(form.name()) || form.name().strip().length() > 100) {
            errors.add("name", "请填写名称（不超过100个字符）");
        } else if (jdbc.sql("select count(*) from org_unit where committee_id = ? and kind = ? and name = ? and id <> ?")
                .params(committeeId, kind.name(), form.name().strip(), exceptId == null ? -1 : exceptId)
                .query(Long.class).single() > 0) {
            errors.add("name", "已有同名" + kind.label());
        }
        if (form.description() != null && form.description().length() > 500) {
            errors.add("description", "说明不能超过500个字符");
        }
        if (form.level() != null && kind != OrgUnitKind.STUDIO) {
            errors.add("level", "只有委员工作室有级别");
        }
        errors.throwIfAny();
    }

    /** {@code level}: a studio's level (省级示范性 …), null for none or for other kinds. */
    public record OrgUnitForm(String name, String description, Integer sortOrder, Boolean active, StudioLevel level) {
    }

    private static String level(OrgUnitKind kind, OrgUnitForm form) {
        return kind == OrgUnitKind.STUDIO && form.level() != null ? form.level().name() : null;
    }
}
