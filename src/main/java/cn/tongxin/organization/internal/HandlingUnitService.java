package cn.tongxin.organization.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/** Handling units (承办单位) and their user accounts. */
@Service
@Transactional
public class HandlingUnitService {

    public static final List<String> TYPES = List.of("政府部门", "党委部门", "人大机关", "法院检察院", "群团组织", "企事业单位", "其他");
    private static final String PHONE = "[0-9\\-+() ]{5,30}";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Accounts accounts;
    private final AuditLog audit;

    HandlingUnitService(JdbcClient jdbc, CurrentUsers currentUsers, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResult<HandlingUnitView> list(String keyword, PageQuery page) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        String like = Text.likePattern(keyword);
        String where = " where committee_id = :committee and (cast(:like as text) is null or name like :like)";
        long total = jdbc.sql("select count(*) from handling_unit" + where)
                .param("committee", user.committeeId()).param("like", like).query(Long.class).single();
        var items = jdbc.sql("select * from handling_unit" + where + " order by sort_order, id limit :limit offset :offset")
                .param("committee", user.committeeId()).param("like", like)
                .param("limit", page.size()).param("offset", page.offset())
                .query(HandlingUnitService::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public List<HandlingUnitView> active(long committeeId) {
        return jdbc.sql("select * from handling_unit where committee_id = ? and active order by sort_order, id")
                .param(committeeId).query(HandlingUnitService::view).list();
    }

    @Transactional(readOnly = true)
    public HandlingUnitView get(long id) {
        CurrentUser user = currentUsers.get();
        boolean own = user.has(Role.UNIT) && user.unitId() != null && user.unitId() == id;
        if (!own && !user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            throw BusinessException.notFound("承办单位");
        }
        return jdbc.sql("select * from handling_unit where id = ? and committee_id = ?")
                .params(id, user.committeeId()).query(HandlingUnitService::view).optional()
                .orElseThrow(() -> BusinessException.notFound("承办单位"));
    }

    public long create(UnitForm form) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        validate(admin.committeeId(), form, null);
        long id = jdbc.sql("""
                insert into handling_unit (committee_id, name, unit_type, contact_person, contact_phone, address, sort_order)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(admin.committeeId(), form.name().strip(), form.unitType(), Text.trimToNull(form.contactPerson()),
                        Text.trimToNull(form.contactPhone()), Text.trimToNull(form.address()),
                        form.sortOrder() == null ? 0 : form.sortOrder())
                .query(Long.class).single();
        audit.record(admin.committeeId(), "新建承办单位", "handling_unit", id, form.name().strip());
        return id;
    }

    public void update(long id, UnitForm form, int version) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        get(id);
        validate(admin.committeeId(), form, id);
        int updated = jdbc.sql("""
                update handling_unit set name = ?, unit_type = ?, contact_person = ?, contact_phone = ?, address = ?,
                       sort_order = ?, active = ?, version = version + 1
                 where id = ? and committee_id = ? and version = ?""")
                .params(form.name().strip(), form.unitType(), Text.trimToNull(form.contactPerson()),
                        Text.trimToNull(form.contactPhone()), Text.trimToNull(form.address()),
                        form.sortOrder() == null ? 0 : form.sortOrder(), form.active() == null || form.active(),
                        id, admin.committeeId(), version)
                .update();
        if (updated == 0) {
            throw BusinessException.conflict("该承办单位已被他人修改，请刷新后重试");
        }
        audit.record(admin.committeeId(), "修改承办单位", "handling_unit", id, form.name().strip());
    }

    /** Opens a login for a unit's staff; a unit may have several. */
    public long openAccount(long unitId, UnitAccountForm form) {
        currentUsers.require(Role.ADMIN);
        HandlingUnitView unit = get(unitId);
        return accounts.open(new NewAccount(form.username(), Text.isBlank(form.displayName()) ? unit.name() : form.displayName(),
                form.initialPassword(), Set.of(Role.UNIT), null, null, unit.id()));
    }

    private void validate(long committeeId, UnitForm form, Long exceptId) {
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(form.name()) || form.name().strip().length() > 100) {
            errors.add("name", "请填写单位名称（不超过100个字符）");
        } else if (jdbc.sql("select count(*) from handling_unit where committee_id = ? and name = ? and id <> ?")
                .params(committeeId, form.name().strip(), exceptId == null ? -1 : exceptId).query(Long.class).single() > 0) {
            errors.add("name", "已有同名承办单位");
        }
        if (form.unitType() == null || !TYPES.contains(form.unitType())) {
            errors.add("unitType", "请选择单位类型");
        }
        if (!Text.isBlank(form.contactPhone()) && !form.contactPhone().strip().matches(PHONE)) {
            errors.add("contactPhone", "联系电话格式不正确");
        }
        errors.throwIfAny();
    }

    private static HandlingUnitView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HandlingUnitView(rs.getLong("id"), rs.getString("name"), rs.getString("unit_type"),
                rs.getString("contact_person"), rs.getString("contact_phone"), rs.getString("address"),
                rs.getInt("sort_order"), rs.getBoolean("active"), rs.getInt("version"));
    }

    public record UnitForm(String name, String unitType, String contactPerson, String contactPhone, String address,
                           Integer sortOrder, Boolean active) {
    }

    public record UnitAccountForm(String username, String displayName, String initialPassword) {
        @Override
        public String toString() {
            return "UnitAccountForm[username=" + username + "]";
        }
    }
}
