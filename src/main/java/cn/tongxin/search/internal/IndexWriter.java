package cn.tongxin.search.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.shared.SubjectRef;

/**
 * Writes the documents the listeners noted ({@link PendingDocuments}), woken by each noting transaction's commit (or
 * every few seconds, for claims that ran out and other instances' notes): batches of up to {@value #BATCH}, each
 * written in one transaction with its rows deleted. It starts once nothing more was noted for a moment
 * ({@code tongxin.search.writer-quiet-millis}, 1 s): idle, a change is searchable about a second after its event; under
 * a burst (a plenary's drafts, co-signatures and submissions) it waits until the burst calms, at most
 * {@code tongxin.search.writer-max-delay-millis} (15 s), and a record named by several events meanwhile is written
 * once, so the index takes no processor time from the burst's requests.
 */
@Component
class IndexWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexWriter.class);
    static final int BATCH = 200;

    private final PendingDocuments pending;
    private final Indexer indexer;
    private final TransactionTemplate transactions;
    private final long idleMillis;
    private final long quietMillis;
    private final long maxDelayMillis;
    private volatile Thread thread;

    IndexWriter(PendingDocuments pending, Indexer indexer, TransactionTemplate transactions,
                @Value("${tongxin.search.writer-idle-millis:5000}") long idleMillis,
                @Value("${tongxin.search.writer-quiet-millis:1000}") long quietMillis,
                @Value("${tongxin.search.writer-max-delay-millis:15000}") long maxDelayMillis) {
        this.quietMillis = quietMillis;
        this.maxDelayMillis = maxDelayMillis;
        this.pending = pending;
        this.indexer = indexer;
        this.transactions = transactions;
        this.idleMillis = idleMillis;
    }

    @Override
    public void start() {
        // the field is set before the thread runs: its loop goes on while it is the writer (a restarted context's new one)
        Thread t = Thread.ofPlatform().name("search-writer").daemon().unstarted(this::run);
        thread = t;
        t.start();
    }

    /** Lets the batch being written finish (never interrupted mid-statement), then the thread ends. */
    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            pending.wake();
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                pending.await(idleMillis);
                pending.awaitQuiet(quietMillis, maxDelayMillis, () -> thread == Thread.currentThread());
                while (thread == Thread.currentThread() && writeBatch() == BATCH) {
                    // a full batch: more are waiting
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the claimed rows stay and are taken again when their claim runs out
                log.warn("检索索引写入失败，稍后重试：{}", e.getMessage());
                try {
                    Thread.sleep(idleMillis);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /**
     * One batch written; answers how many records it claimed. When the batch fails, its records are written one by one,
     * so that one record that cannot be written (logged, its claim left to run out and be retried) holds up no other.
     */
    int writeBatch() {
        List<PendingDocuments.Claimed> claimed = pending.claim(BATCH);
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            write(claimed);
        } catch (RuntimeException batch) {
            for (PendingDocuments.Claimed one : claimed) {
                try {
                    write(List.of(one));
                } catch (RuntimeException e) {
                    log.warn("检索索引写入失败（{} {}），{} 秒后重试：{}", one.subject().type().label(), one.subject().id(),
                            PendingDocuments.CLAIM_SECONDS, e.getMessage());
                }
            }
        }
        return claimed.size();
    }

    private void write(List<PendingDocuments.Claimed> claimed) {
        transactions.executeWithoutResult(tx -> {
            claimed.stream().map(PendingDocuments.Claimed::subject)
                    .collect(Collectors.groupingBy(SubjectRef::type, Collectors.mapping(SubjectRef::id, Collectors.toList())))
                    .forEach(indexer::refreshAll);
            pending.done(claimed);
        });
    }
}
