package cn.tongxin.participation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.participation.internal.PublicRateLimits;
import cn.tongxin.shared.BusinessException;

/**
 * Look-ups by tracking code from a public page, counted per committee and client address (the committee's
 * 同一网络地址每小时查询进度次数上限) in the same buckets as a citizen's opinions, so guessing codes is hopeless on any page.
 */
@Service
public class PublicLookups {

    private final PublicRateLimits limits;
    private final CommitteeSettings settings;

    PublicLookups(PublicRateLimits limits, CommitteeSettings settings) {
        this.limits = limits;
        this.settings = settings;
    }

    /** Counts one look-up; 429 in Chinese once the address has used up the hour's. */
    public void count(long committeeId, String address) {
        if (!limits.allow(PublicRateLimits.lookupByAddress(committeeId, address), 3600,
                settings.value(committeeId, SettingKey.PUBLIC_LOOKUPS_PER_ADDRESS_PER_HOUR))) {
            throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "查询过于频繁，请一小时后再试");
        }
    }
}
