package cn.tongxin.account.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits shared by every instance, counted in table {@code rate_limit} per bucket and minute (the database's clock).
 * Failed logins are written at once (a login is rare and costs a bcrypt anyway). API calls are counted in memory and
 * added to the shared count every {@value #FLUSH_EVERY} calls or every second, so a busy script costs one upsert per
 * batch, not per call; the shared count decides.
 */
@Component
class RateLimits {

    static final int FLUSH_EVERY = 10;
    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final RateLimitProperties limits;
    private final ConcurrentHashMap<String, TokenWindow> tokens = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();

    RateLimits(JdbcClient jdbc, RateLimitProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** How long to wait when this address or this user name has failed too often in the window; empty to go on. */
    Optional<Duration> loginRefused(String address, String username) {
        long window = limits.loginWindow().toSeconds();
        if (hits(addressBucket(address), window) >= limits.loginFailuresPerAddress()
                || (username != null && !username.isBlank() && hits(nameBucket(username), window) >= limits.loginFailuresPerName())) {
            return Optional.of(limits.loginWindow());
        }
        return Optional.empty();
    }

    void loginFailed(String address, String username) {
        add(addressBucket(address), 1);
        if (username != null && !username.isBlank()) {
            add(nameBucket(username), 1);
        }
    }

    /** Counts a call of a valid token; false when the token has made its calls of this minute. */
    boolean apiCallAllowed(String tokenHash) {
        long minute = System.currentTimeMillis() / 60_000;
        TokenWindow w = tokens.compute(tokenHash, (k, v) -> v == null || v.minute != minute ? new TokenWindow(minute) : v);
        synchronized (w) {
            if (w.shared + w.pending >= limits.apiCallsPerMinute()) {
                return false;
            }
            w.pending++;
            long now = System.nanoTime();
            if (w.pending >= FLUSH_EVERY || now - w.flushedAt >= FLUSH_NANOS) {
                w.shared = add("api-token:" + tokenHash.substring(0, 16), w.pending);
                w.pending = 0;
                w.flushedAt = now;
            }
            return true;
        }
    }

    int apiCallsPerMinute() {
        return limits.apiCallsPerMinute();
    }

    private long hits(String bucket, long windowSeconds) {
        return jdbc.sql("""
                select coalesce(sum(hits), 0) from rate_limit
                 where bucket = ? and window_start > now() - make_interval(secs => ?)""")
                .params(bucket, windowSeconds).query(Long.class).single();
    }

    /** Adds to the bucket's current minute and returns that minute's total. */
    private int add(String bucket, int hits) {
        if (writes.incrementAndGet() % 1000 == 0) {
            jdbc.sql("delete from rate_limit where window_start < now() - interval '1 day'").update();
            tokens.values().removeIf(w -> w.minute < System.currentTimeMillis() / 60_000 - 1);
        }
        return jdbc.sql("""
                insert into rate_limit (bucket, window_start, hits) values (?, date_trunc('minute', now()), ?)
                on conflict (bucket, window_start) do update set hits = rate_limit.hits + excluded.hits
                returning hits""")
                .params(bucket, hits).query(Integer.class).single();
    }

    private static String addressBucket(String address) {
        return "login-address:" + (address == null ? "" : truncate(address, 64));
    }

    private static String nameBucket(String username) {
        return "login-name:" + truncate(username.strip().toLowerCase(Locale.ROOT), 100);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static final class TokenWindow {
        final long minute;
        int pending;
        int shared;
        long flushedAt = System.nanoTime();

        TokenWindow(long minute) {
            this.minute = minute;
        }
    }
}
