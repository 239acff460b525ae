package cn.tongxin.organization;

import java.util.List;
import java.util.Map;

/** Reads and changes a committee's settings. */
public interface CommitteeSettings {

    int value(long committeeId, SettingKey key);

    default boolean enabled(long committeeId, SettingKey key) {
        return value(committeeId, key) != 0;
    }

    /** All settings of the current user's committee, with their defaults. */
    List<SettingValue> current();

    /** Changes settings of the current administrator's committee; all or nothing. */
    void update(Map<SettingKey, String> values);

    record SettingValue(SettingKey key, int value, boolean customised) {
    }
}
