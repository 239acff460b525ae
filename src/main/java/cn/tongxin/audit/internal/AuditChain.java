package cn.tongxin.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.audit.ChainCheck;

/**
 * The audit log's hash chain (ADR 014): link n of table {@code audit_chain} holds SM3(hash of link n-1 ‖ content of its
 * audit row). Rows are chained after their transaction commits, in the order they are chained, by one chainer at a
 * time across instances (a transaction-scoped advisory lock): business transactions never wait on the chain's head.
 * A chaining request after each commit, a sweep every minute and one at start-up leave no row unchained for long.
 */
@Component
class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 2000;
    /** Rows committed this far behind the newest chained one are still found by the pass after each commit … */
    private static final long QUICK_WINDOW = 1_000;
    /** … and this far by the sweep every minute; the sweep at start-up and verification look at the whole log. */
    private static final long SWEEP_WINDOW = 100_000;
    private static final long WHOLE_LOG = -1;
    private final AtomicBoolean started = new AtomicBoolean();
    private static final String ROW = """
            a.id, (extract(epoch from a.occurred_at) * 1000000)::bigint as at_micros, a.committee_id, a.username, a.action,
            a.target_type, a.target_id, a.detail, a.remote_addr, a.success
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    /**
     * A pass after each commit waits this long for the commits that follow: in a burst (a plenary's writes, each with
     * its audit row) one pass chains the rows of many transactions, instead of a pass per commit each scanning its window.
     */
    private static final long GATHER_MILLIS = 200;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "audit-chain");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    AuditChain(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
    }

    /** Asks for a chaining pass soon, on the chainer's own thread; requests while one is pending are merged. */
    void chainSoon() {
        if (requested.compareAndSet(false, true) && !executor.isShutdown()) {
            executor.schedule(() -> {
                requested.set(false);
                try {
                    chainPending(QUICK_WINDOW);
                } catch (RuntimeException e) {
                    log.warn("审计日志入链失败，稍后重试：{}", e.getMessage());
                }
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT1M")
    @SchedulerLock(name = "audit-chain-sweep", lockAtMostFor = "PT5M") // one instance sweeps at a time
    void sweep() {
        try {
            chainPending(started.compareAndSet(false, true) ? WHOLE_LOG : SWEEP_WINDOW);
        } catch (RuntimeException e) {
            log.warn("审计日志入链失败，稍后重试：{}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /**
     * Chains the committed rows not yet chained whose id is at most {@code window} below the newest chained one (all of
     * them for {@link #WHOLE_LOG}); returns how many.
     */
    int chainPending(long window) {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> chainBatch(window));
            total += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                return total;
            }
        }
    }

    private int chainBatch(long window) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('audit-chain'))").query().singleRow();
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from audit_chain order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).optional()
                .orElse(new Head(0, GENESIS));
        long low = window < 0 ? 0 : jdbc.sql("select coalesce(max(audit_id), 0) from audit_chain").query(Long.class).single() - window;
        List<String> contents = new ArrayList<>();
        List<Long> ids = jdbc.sql("select " + ROW + """
                 from audit_log a
                 where a.id > :low and not exists (select 1 from audit_chain c where c.audit_id = a.id)
                 order by a.id limit :batch""")
                .param("low", low).param("batch", BATCH)
                .query((rs, n) -> {
                    contents.add(content(rs));
                    return rs.getLong("id");
                }).list();
        long seq = head.seq();
        String hash = head.hash();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            hash = link(hash, contents.get(i));
            links.add(new Object[] {++seq, ids.get(i), hash});
        }
        if (!links.isEmpty()) {
            jdbcTemplate.batchUpdate("insert into audit_chain (seq, audit_id, hash) values (?, ?, ?)", links);
        }
        return ids.size();
    }

    /** Walks the chain from its start, recomputing each link; stops at the first that does not hold. */
    ChainCheck verify() {
        chainPending(WHOLE_LOG);
        long checked = 0;
        long expected = 1;
        String previous = GENESIS;
        while (true) {
            record Link(long seq, long auditId, String hash, boolean present, String content) {
            }
            List<Link> links = jdbc.sql("select c.seq, c.audit_id, c.hash, a.id is not null as present, " + ROW + """
                     from audit_chain c left join audit_log a on a.id = c.audit_id
                     where c.seq >= :from order by c.seq limit :batch""")
                    .param("from", expected).param("batch", BATCH)
                    .query((rs, n) -> new Link(rs.getLong("seq"), rs.getLong("audit_id"), rs.getString("hash"),
                            rs.getBoolean("present"), rs.getBoolean("present") ? content(rs) : null))
                    .list();
            for (Link l : links) {
                if (l.seq() != expected) {
                    return new ChainCheck(checked, expected, l.auditId(), "缺少第 " + expected + " 个链节（链节被删除）", 0);
                }
                if (!l.present()) {
                    return new ChainCheck(checked, l.seq(), l.auditId(), "审计记录已被删除", 0);
                }
                String hash = link(previous, l.content());
                if (!hash.equals(l.hash())) {
                    return new ChainCheck(checked, l.seq(), l.auditId(), "记录内容或链节摘要已被改动，与哈希链不符", 0);
                }
                previous = l.hash();
                expected++;
                checked++;
            }
            if (links.size() < BATCH) {
                long unchained = jdbc.sql("""
                        select count(*) from audit_log a where not exists (select 1 from audit_chain c where c.audit_id = a.id)""")
                        .query(Long.class).single();
                return new ChainCheck(checked, null, null, null, unchained);
            }
        }
    }

    /** An audit row as the chain hashes it: every column, each with its length, so no two rows read the same. */
    private static String content(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder();
        for (String column : new String[] {"id", "at_micros", "committee_id", "username", "action", "target_type",
                "target_id", "detail", "remote_addr", "success"}) {
            String v = rs.getString(column);
            b.append(v == null ? "-" : v.length() + ":" + v).append('|');
        }
        return b.toString();
    }

    static String link(String previousHash, String content) {
        byte[] prev = previousHash.getBytes(StandardCharsets.US_ASCII);
        byte[] in = content.getBytes(StandardCharsets.UTF_8);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(prev, 0, prev.length);
        sm3.update(in, 0, in.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
