package cn.tongxin.organization.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.FieldErrors;

@Service
@Transactional
class SettingsService implements CommitteeSettings {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    private final CommitteeCache cache;

    SettingsService(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit, CommitteeCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public int value(long committeeId, SettingKey key) {
        Integer value = cache.get(committeeId, "settings", () -> stored(committeeId)).get(key);
        return value == null ? key.defaultValue() : value;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SettingValue> current() {
        Map<SettingKey, Integer> stored = stored(currentUsers.get().committeeId());
        List<SettingValue> result = new ArrayList<>();
        for (SettingKey key : SettingKey.values()) {
            Integer value = stored.get(key);
            result.add(new SettingValue(key, value == null ? key.defaultValue() : value, value != null));
        }
        return result;
    }

    /** The values the committee has set (the others are the defaults). */
    private Map<SettingKey, Integer> stored(long committee) {
        Map<SettingKey, Integer> stored = new EnumMap<>(SettingKey.class);
        jdbc.sql("select key, value from committee_setting where committee_id = ?").param(committee)
                .query((rs, n) -> {
                    try {
                        stored.put(SettingKey.valueOf(rs.getString("key")), Integer.parseInt(rs.getString("value")));
                    } catch (IllegalArgumentException retiredKey) {
                        // a setting no longer defined is ignored
                    }
                    return null;
                }).list();
        return java.util.Collections.unmodifiableMap(stored);
    }

    @Override
    public void update(Map<SettingKey, String> values) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        var errors = new FieldErrors.Collector();
        Map<SettingKey, Integer> parsed = new EnumMap<>(SettingKey.class);
        values.forEach((key, raw) -> {
            try {
                int v = Integer.parseInt(raw == null ? "" : raw.strip());
                if (v < key.min() || v > key.max()) {
                    errors.add(key.name(), key.label() + "须在" + key.min() + "至" + key.max() + "之间");
                } else {
                    parsed.put(key, v);
                }
            } catch (NumberFormatException e) {
                errors.add(key.name(), key.label() + "须为整数");
            }
        });
        errors.throwIfAny();
        cache.changed(admin.committeeId());
        Map<SettingKey, Integer> before = new EnumMap<>(SettingKey.class);
        current().forEach(s -> before.put(s.key(), s.value()));
        parsed.forEach((key, v) -> {
            if (before.get(key) != v) {
                jdbc.sql("""
                        insert into committee_setting (committee_id, key, value, updated_at, updated_by)
                        values (?, ?, ?, now(), ?)
                        on conflict (committee_id, key) do update set value = excluded.value, updated_at = now(), updated_by = excluded.updated_by""")
                        .params(admin.committeeId(), key.name(), Integer.toString(v), admin.username()).update();
                audit.record(admin.committeeId(), "修改设置", "setting", key.name(),
                        key.label() + "：" + before.get(key) + " → " + v);
            }
        });
    }
}
