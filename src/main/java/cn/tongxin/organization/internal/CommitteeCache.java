package cn.tongxin.organization.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What nearly every page reads of its committee and seldom changes (the committee's name, its dictionaries, its
 * plenary sessions), kept in memory per committee. A change made here clears the committee's entries at once and
 * again when its transaction commits (so a page that read the old rows meanwhile does not keep them); another
 * instance of the platform sees the change when its entry expires ({@code tongxin.cache.committee-ttl}, 10 s).
 */
@Component
class CommitteeCache {

    private record Key(long committeeId, String name) {
    }

    private record Held(Object value, long expiresAt) {
    }

    private final Map<Key, Held> held = new ConcurrentHashMap<>();
    private final long ttlNanos;

    CommitteeCache(@Value("${tongxin.cache.committee-ttl:10s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    @SuppressWarnings("unchecked")
    <T> T get(long committeeId, String name, Supplier<T> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        Key key = new Key(committeeId, name);
        long now = System.nanoTime();
        Held h = held.get(key);
        if (h != null && now - h.expiresAt < 0) {
            return (T) h.value;
        }
        T value = load.get();
        // read inside a transaction that changed the committee: not kept (the change is not committed yet)
        if (!TransactionSynchronizationManager.isActualTransactionActive() || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            held.put(key, new Held(value, now + ttlNanos));
        }
        return value;
    }

    /** Forgets the committee's entries now and when the current transaction commits. */
    void changed(long committeeId) {
        forget(committeeId);
    }

    /** Forgets every committee's entries (a committee's name shows in the entries of the committees below it). */
    void changedAll() {
        forget(null);
    }

    private void forget(Long committeeId) {
        held.keySet().removeIf(k -> committeeId == null || k.committeeId == committeeId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    held.keySet().removeIf(k -> committeeId == null || k.committeeId == committeeId);
                }
            });
        }
    }
}
