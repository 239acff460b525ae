package cn.tongxin.account.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Deserialised session attributes kept by their exact bytes, for the two every page reads: the security context and
 * the CSRF token. Same bytes, same value: a session changed anywhere (another instance, a role removed, a logout) has
 * other bytes or no row, so nothing stale is ever served. The security context is mutable, so each read gets a fresh
 * context around the cached authentication (which is not changed in place); other attributes are not cached.
 * Bounded, least recently used first out.
 */
final class SessionAttributeCache {

    private final Map<Key, Object> values;

    SessionAttributeCache(int capacity) {
        this.values = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    Object read(byte[] bytes, Function<byte[], Object> deserialize) {
        var key = new Key(bytes);
        Object cached;
        synchronized (values) {
            cached = values.get(key);
        }
        if (cached == null) {
            cached = deserialize.apply(bytes);
            if (!(cached instanceof SecurityContextImpl) && !(cached instanceof DefaultCsrfToken)) {
                return cached;
            }
            synchronized (values) {
                values.put(new Key(bytes.clone()), cached);
            }
        }
        return cached instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : cached;
    }

    int size() {
        synchronized (values) {
            return values.size();
        }
    }

    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
