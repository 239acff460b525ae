package cn.tongxin.participation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.privacy.PersonalData;

/**
 * Public writes and look-ups counted in the shared table {@code rate_limit} (ADR 014): one row per bucket and minute,
 * a limit is the sum over its window, so every instance sees the same count. A phone is counted under its blind index,
 * never in plain.
 */
@Component
public class PublicRateLimits {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    PublicRateLimits(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    public static String writeByAddress(long committeeId, String address) {
        return "public-write-address:" + committeeId + ":" + truncate(address == null ? "" : address, 64);
    }

    public String writeByPhone(String phone) {
        return "public-write-phone:" + personalData.index(phone.strip()).substring(0, 32);
    }

    public static String lookupByAddress(long committeeId, String address) {
        return "public-lookup-address:" + committeeId + ":" + truncate(address == null ? "" : address, 64);
    }

    /** Counts one more in the bucket; false (and not counted) when the window already holds {@code limit}. */
    public boolean allow(String bucket, long windowSeconds, int limit) {
        long hits = jdbc.sql("""
                select coalesce(sum(hits), 0) from rate_limit
                 where bucket = ? and window_start > now() - make_interval(secs => ?)""")
                .params(bucket, windowSeconds).query(Long.class).single();
        if (hits >= limit) {
            return false;
        }
        jdbc.sql("""
                insert into rate_limit (bucket, window_start, hits) values (?, date_trunc('minute', now()), 1)
                on conflict (bucket, window_start) do update set hits = rate_limit.hits + 1""")
                .param(bucket).update();
        return true;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
