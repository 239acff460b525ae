package cn.tongxin.organization.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What nearly every page or rule reads of its committee and seldom changes (the committee's name, its dictionaries, its settings, its
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

    private static final Long ALL = -1L;

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
        if (!changedHere(committeeId)) {
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
            @SuppressWarnings("unchecked")
            Set<Long> changed = (Set<Long>) TransactionSynchronizationManager.getResource(this);
            if (changed == null) {
                Set<Long> inThisTransaction = new HashSet<>();
                changed = inThisTransaction;
                TransactionSynchronizationManager.bindResource(this, changed);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(CommitteeCache.this);
                        held.keySet().removeIf(k -> inThisTransaction.contains(ALL) || inThisTransaction.contains(k.committeeId));
                    }
                });
            }
            changed.add(committeeId == null ? ALL : committeeId);
        }
    }

    /** Whether the current transaction changed what is kept of the committee. */
    private boolean changedHere(long committeeId) {
        Object changed = TransactionSynchronizationManager.getResource(this);
        return changed instanceof Set<?> set && (set.contains(ALL) || set.contains(committeeId));
    }
}
