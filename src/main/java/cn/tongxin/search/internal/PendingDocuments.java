package cn.tongxin.search.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * The records whose document is due ({@code search_pending}): noted by the events' listeners, one row per record
 * however many events name it, and taken by {@link IndexWriter} in batches. A taken batch is claimed for a while in its
 * own short transaction (so a listener noting the same record again never waits for the batch to be written); its rows
 * are deleted with the documents' writing, unless noted again meanwhile. A claim that runs out (the writer failed or
 * the process died) is taken again.
 */
@Component
public class PendingDocuments {

    static final int CLAIM_SECONDS = 60;

    private final JdbcClient jdbc;
    private final Object signal = new Object();
    private boolean due;
    private long lastNoted;

    PendingDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the listener's transaction; the writer is woken when it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void note(SubjectRef subject) {
        jdbc.sql("""
                insert into search_pending (subject_type, subject_id) values (?, ?)
                on conflict (subject_type, subject_id) do update set noted_at = clock_timestamp(), claimed_until = null""")
                .params(subject.type().name(), subject.id()).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** A noted record as claimed: written only if still noted at that moment when its document is written. */
    public record Claimed(SubjectRef subject, OffsetDateTime notedAt) {
    }

    /** Claims up to {@code limit} noted records, the oldest first; other instances skip them. Commits at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Claimed> claim(int limit) {
        return jdbc.sql("""
                update search_pending p set claimed_until = clock_timestamp() + make_interval(secs => :claim)
                  from (select subject_type, subject_id from search_pending
                         where claimed_until is null or claimed_until < clock_timestamp()
                         order by noted_at limit :limit for update skip locked) t
                 where p.subject_type = t.subject_type and p.subject_id = t.subject_id
                returning p.subject_type, p.subject_id, p.noted_at""")
                .param("claim", CLAIM_SECONDS).param("limit", limit)
                .query((rs, n) -> new Claimed(SubjectRef.of(SubjectType.valueOf(rs.getString(1)), rs.getLong(2)),
                        rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    /** With the documents' writing: the claimed rows go, unless a listener noted the record again since the claim. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void done(List<Claimed> claimed) {
        jdbc.sql("""
                delete from search_pending p
                 using unnest(cast(:types as text[]), cast(:ids as bigint[]), cast(:noted as timestamptz[])) as x (subject_type, subject_id, noted_at)
                 where p.subject_type = x.subject_type and p.subject_id = x.subject_id and p.noted_at = x.noted_at""")
                .param("types", SearchIndex.array(claimed.stream().map(c -> c.subject().type().name()).toList()))
                .param("ids", SearchIndex.array(claimed.stream().map(c -> c.subject().id()).toList()))
                .param("noted", SearchIndex.array(claimed.stream().map(Claimed::notedAt).toList()))
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from search_pending").query(Long.class).single();
    }

    void wake() {
        synchronized (signal) {
            due = true;
            lastNoted = System.nanoTime();
            signal.notifyAll();
        }
    }

    /**
     * Waits while records are still being noted, until none was for {@code quietMillis} or {@code maxMillis} passed: a
     * burst of writes is indexed once it calms down, each record once however often it was noted meanwhile.
     */
    void awaitQuiet(long quietMillis, long maxMillis, java.util.function.BooleanSupplier running) throws InterruptedException {
        long until = System.nanoTime() + maxMillis * 1_000_000;
        while (running.getAsBoolean()) {
            long quietFor;
            synchronized (signal) {
                quietFor = (System.nanoTime() - lastNoted) / 1_000_000;
            }
            long now = System.nanoTime();
            if (quietFor >= quietMillis || now >= until) {
                return;
            }
            Thread.sleep(Math.max(1, Math.min(quietMillis - quietFor, (until - now) / 1_000_000)));
        }
    }

    /** Waits until woken or {@code millis} passed. */
    void await(long millis) throws InterruptedException {
        synchronized (signal) {
            if (!due) {
                signal.wait(millis);
            }
            due = false;
        }
    }
}
