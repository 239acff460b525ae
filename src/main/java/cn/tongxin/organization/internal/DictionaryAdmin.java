package cn.tongxin.organization.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * Administrators adapt a dictionary to their committee: the first change copies the defaults into the committee's own
 * entries; entries are then relabelled, added or retired (never deleted: records keep their codes).
 */
@Service
@Transactional
public class DictionaryAdmin {

    public record Entry(String code, String label, int sortOrder, boolean active) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final CommitteeCache cache;

    DictionaryAdmin(JdbcClient jdbc, CurrentUsers currentUsers, Dictionaries dictionaries, AuditLog audit, CommitteeCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.dictionaries = dictionaries;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(DictionaryKind kind) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        List<Entry> own = stored(user.committeeId(), kind);
        if (!own.isEmpty()) {
            return own;
        }
        var defaults = kind.defaults();
        return java.util.stream.IntStream.range(0, defaults.size())
                .mapToObj(i -> new Entry(defaults.get(i).code(), defaults.get(i).label(), i, true)).toList();
    }

    /** Adds an entry, or changes the label / order / active flag of an existing code. */
    public void save(DictionaryKind kind, String code, String label, Integer sortOrder, boolean active) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(code) || !code.strip().matches("[A-Za-z0-9_]{1,40}")) {
            errors.add("code", "代码须为1至40位字母、数字或下划线");
        }
        if (Text.isBlank(label) || label.strip().length() > 200) {
            errors.add("label", "请填写名称（不超过200个字）");
        }
        errors.throwIfAny();
        cache.changed(admin.committeeId());
        if (stored(admin.committeeId(), kind).isEmpty()) {
            var defaults = kind.defaults();
            for (int i = 0; i < defaults.size(); i++) {
                jdbc.sql("insert into dictionary_entry (committee_id, dictionary, code, label, sort_order) values (?, ?, ?, ?, ?)")
                        .params(admin.committeeId(), kind.name(), defaults.get(i).code(), defaults.get(i).label(), i).update();
            }
        }
        jdbc.sql("""
                insert into dictionary_entry (committee_id, dictionary, code, label, sort_order, active) values (?, ?, ?, ?, ?, ?)
                on conflict (committee_id, dictionary, code) do update set label = excluded.label, sort_order = excluded.sort_order,
                       active = excluded.active""")
                .params(admin.committeeId(), kind.name(), code.strip(), label.strip(), sortOrder == null ? 99 : sortOrder, active).update();
        if (dictionaries.entries(admin.committeeId(), kind).isEmpty()) {
            throw BusinessException.conflict("至少要保留一个启用的条目");
        }
        audit.record(admin.committeeId(), "修改字典", "dictionary", kind.name(), kind.label() + "：" + code.strip() + " " + label.strip()
                + (active ? "" : "（停用）"));
    }

    private List<Entry> stored(long committeeId, DictionaryKind kind) {
        return jdbc.sql("select code, label, sort_order, active from dictionary_entry where committee_id = ? and dictionary = ? order by sort_order, id")
                .params(committeeId, kind.name())
                .query((rs, n) -> new Entry(rs.getString("code"), rs.getString("label"), rs.getInt("sort_order"), rs.getBoolean("active")))
                .list();
    }
}
