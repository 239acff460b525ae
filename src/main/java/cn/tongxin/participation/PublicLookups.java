package cn.tongxin.participation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.participation.internal.PublicRateLimits;
import cn.tongxin.shared.BusinessException;

/**
 * Look-ups by tracking code, counted per address in one shared bucket whatever is looked up (a studio's opinion or a
 * question to the member on duty): over the committee's hourly limit, 429.
 */
@Service
public class PublicLookups {

    private final PublicRateLimits limits;
    private final CommitteeSettings settings;

    PublicLookups(PublicRateLimits limits, CommitteeSettings settings) {
        this.limits = limits;
        this.settings = settings;
    }

    /** Counts one look-up from {@code address}, or refuses it in Chinese. */
    public void count(long committeeId, String address) {
        count(limits, settings, committeeId, address);
    }

    static void count(PublicRateLimits limits, CommitteeSettings settings, long committeeId, String address) {
        if (!limits.allow(PublicRateLimits.lookupByAddress(committeeId, address), 3600,
                settings.value(committeeId, SettingKey.PUBLIC_LOOKUPS_PER_ADDRESS_PER_HOUR))) {
            throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "查询过于频繁，请一小时后再试");
        }
    }
}
