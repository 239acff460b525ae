package cn.tongxin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plenary peak over the API: a number of members (written in SQL with API tokens: logging in hundreds of times is
 * not what is measured) each draft a joint proposal and invite 2 co-signers; then every confirmation; then every
 * submit — 20 requests at a time. A server meets the plenary after days of running, so a benchmark first runs a
 * {@linkplain #rehearse rehearsal} with other members (the write paths compiled by the JIT, as the read paths are
 * before pages are measured) and then the measured round.
 */
final class PlenaryPeak {

    static final int CONCURRENCY = 20;

    private final JdbcClient jdbc;
    private final int port;
    private final long committee;
    /**
     * The JDK's HttpClient ({@code -Dbench.plenary.client=jdk}) or, by default, {@link PlainHttp}: a blocking HTTP/1.1
     * connection per client thread. The load generator runs in the server's JVM on the same two cores; the JDK's
     * client (asynchronous, a selector thread, futures) took about a tenth of the round's CPU, the plain one a fraction of that.
     */
    private final boolean jdkClient = "jdk".equals(System.getProperty("bench.plenary.client"));
    private final HttpClient http = jdkClient ? HttpClient.newHttpClient() : null;
    private final ThreadLocal<PlainHttp> plain = new ThreadLocal<>();
    private final List<PlainHttp> opened = Collections.synchronizedList(new ArrayList<>());

    /** Which client drives the requests, for the report. */
    String client() {
        return jdkClient ? "the JDK's HttpClient in the test's JVM (20 threads)"
                : "20 threads of the test's JVM, each with a plain blocking HTTP/1.1 connection (PlainHttp)";
    }

    /** The status of one POST, and its body when it failed. */
    private record Answer(int status, String body) {
    }

    private Answer post(Request r) throws Exception {
        if (jdkClient) {
            var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path()))
                    .header("Authorization", "Bearer " + r.token()).header("Content-Type", "application/json")
                    .POST(r.json() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(r.json()));
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        }
        PlainHttp connection = plain.get();
        if (connection == null) {
            connection = new PlainHttp(port);
            plain.set(connection);
            opened.add(connection);
        }
        var answer = connection.post(r.path(), "Bearer " + r.token(), r.json());
        return new Answer(answer.status(), answer.body());
    }

    PlenaryPeak(JdbcClient jdbc, int port, long committee) {
        this.jdbc = jdbc;
        this.port = port;
        this.committee = committee;
    }

    /** A round that is not reported. */
    void rehearse(int members) throws Exception {
        run(members, new StringBuilder());
    }

    /**
     * One round with {@code members} new members; a row per step and one for all into {@code report}
     * (a table with columns step, requests, errors, wall s, p50, p95, p99, max).
     */
    BenchmarkClient.Stats run(int members, StringBuilder report) throws Exception {
        String run = String.valueOf(System.nanoTime() % 10_000_000);
        java.sql.Timestamp began = jdbc.sql("select now()").query(java.sql.Timestamp.class).single();
        List<String> tokens = new ArrayList<>();
        List<Long> memberIds = new ArrayList<>();
        enrol(run, members, tokens, memberIds);
        var pool = Executors.newFixedThreadPool(CONCURRENCY);
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long t0 = System.nanoTime();
        try {
            List<Request> drafts = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                drafts.add(new Request(tokens.get(i), "/api/v1/proposals", """
                        {"requestKey":"peak-%s-%d","kind":"JOINT","title":"关于大会期间第%d件联名提案的建议","situation":"情况说明",
                         "analysis":"原因分析","suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(run, i, i)));
            }
            phase(report, "draft a joint proposal", drafts, pool, all, errors);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                ids.add(jdbc.sql("select id from proposal where committee_id = ? and request_key = ?").params(committee, "peak-" + run + "-" + i)
                        .query(Long.class).optional().orElse(-1L));
            }
            List<Request> invitations = new ArrayList<>();
            List<Request> confirmations = new ArrayList<>();
            List<Request> submits = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                int a = (i + 1) % members;
                int b = (i + 2) % members;
                invitations.add(new Request(tokens.get(i), "/api/v1/proposals/" + ids.get(i) + "/invitations",
                        "{\"memberIds\":[" + memberIds.get(a) + "," + memberIds.get(b) + "]}"));
                confirmations.add(new Request(tokens.get(a), "/api/v1/proposals/" + ids.get(i) + "/cosign", "{\"confirm\":true}"));
                confirmations.add(new Request(tokens.get(b), "/api/v1/proposals/" + ids.get(i) + "/cosign", "{\"confirm\":true}"));
                submits.add(new Request(tokens.get(i), "/api/v1/proposals/" + ids.get(i) + "/submit", null));
            }
            phase(report, "invite 2 co-signers", invitations, pool, all, errors);
            phase(report, "confirm co-signing", confirmations, pool, all, errors);
            phase(report, "submit", submits, pool, all, errors);
        } finally {
            pool.shutdown();
            synchronized (opened) {
                opened.forEach(PlainHttp::close);
                opened.clear();
            }
        }
        var total = BenchmarkClient.Stats.of(all, 0, errors.get());
        long submitted = jdbc.sql("select count(*) from proposal where committee_id = ? and request_key like ? and status <> 'DRAFT'")
                .params(committee, "peak-" + run + "-%").query(Long.class).single();
        double burst = (System.nanoTime() - t0) / 1e9;
        report.append(String.format(Locale.ROOT, "| **all** | %d | %d | %.1f | %s | %s | %s | %s |\n\n", total.count(), errors.get(),
                burst, total.p50ms(), total.p95ms(), total.p99ms(), total.maxms()))
                .append("Proposals submitted (no longer drafts): ").append(submitted).append(" of ").append(members).append(".\n\n");
        long waiting = pendingListeners(began);
        long t1 = System.nanoTime();
        while (pendingListeners(began) > 0 && System.nanoTime() - t1 < 120_000_000_000L) {
            Thread.sleep(100);
        }
        report.append(String.format(Locale.ROOT, "Listeners behind the burst: %d publications waiting when it ended, all completed %.1f s later"
                + " (%.1f s after it began); %d still waiting.%n%n", waiting, (System.nanoTime() - t1) / 1e9,
                (System.nanoTime() - t0) / 1e9, pendingListeners(began)));
        // the search index is written behind the listeners, once the burst calms: the next round starts on a settled system
        long t2 = System.nanoTime();
        while (jdbc.sql("select count(*) from search_pending").query(Long.class).single() > 0 && System.nanoTime() - t2 < 120_000_000_000L) {
            Thread.sleep(100);
        }
        report.append(String.format(Locale.ROOT, "Search index written %.1f s after the listeners completed (%.1f s after the burst began).%n%n",
                (System.nanoTime() - t2) / 1e9, (System.nanoTime() - t0) / 1e9));
        return total;
    }

    /** Event publications of this round whose listener has not completed yet (the listeners' backlog). */
    private long pendingListeners(java.sql.Timestamp since) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and publication_date >= ?")
                .param(since).query(Long.class).single();
    }

    /** Members with accounts and API tokens, set-based. */
    private void enrol(String run, int members, List<String> tokens, List<Long> memberIds) {
        jdbc.sql("""
                insert into member (committee_id, name, gender, mobile, status)
                select ?, '高峰委员' || ? || '-' || i, 'MALE', '19' || lpad((? * 1000 + i)::text, 9, '0'), 'ACTIVE'
                  from generate_series(0, ? - 1) i""")
                .params(committee, run, Long.parseLong(run) % 100_000, members).update();
        jdbc.sql("""
                insert into user_account (committee_id, username, display_name, password_hash, must_change_password, member_id)
                select committee_id, 'peak' || ? || '_' || split_part(name, '-', 2), name, '{noop}x', false, id
                  from member where committee_id = ? and name like '高峰委员' || ? || '-%'""").params(run, committee, run).update();
        jdbc.sql("insert into user_role (user_account_id, role) select id, 'MEMBER' from user_account where username like 'peak' || ? || '\\_%'")
                .param(run).update();
        jdbc.sql("""
                insert into api_token (user_account_id, name, token_hash, token_prefix)
                select id, '压测', encode(sha256(convert_to(t, 'UTF8')), 'hex'), substr(t, 1, 8)
                  from (select id, 'tx_' || lpad(?, 10, '0') || lpad(split_part(username, '_', 2), 30, '0') as t
                          from user_account where username like 'peak' || ? || '\\_%') a""").params(run, run).update();
        for (int i = 0; i < members; i++) {
            tokens.add("tx_" + String.format("%10s", run).replace(' ', '0') + String.format("%030d", i));
            memberIds.add(jdbc.sql("select member_id from user_account where username = ?").param("peak" + run + "_" + i)
                    .query(Long.class).single());
        }
    }

    private record Request(String token, String path, String json) {
    }

    private void phase(StringBuilder report, String label, List<Request> requests, ExecutorService pool, List<Long> all,
                       AtomicInteger errors) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        List<long[]> timed = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Request r : requests) {
            tasks.add(() -> {
                long s = System.nanoTime();
                var response = post(r);
                micros.add((System.nanoTime() - s) / 1000);
                timed.add(new long[] {(s - began) / 1_000_000, (System.nanoTime() - s) / 1_000_000});
                if (response.status() >= 300 && failed.incrementAndGet() <= 3) {
                    System.out.println("[plenary] " + label + " " + r.path() + " → " + response.status() + " " + response.body());
                }
                return null;
            });
        }
        long t0 = System.nanoTime();
        for (var f : pool.invokeAll(tasks)) {
            f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (Boolean.getBoolean("bench.slowest")) { // when in the step the slowest requests started (ms since its start, ms taken)
            var slowest = new ArrayList<>(timed);
            slowest.sort((x, y) -> Long.compare(y[1], x[1]));
            System.out.println("[plenary] " + label + " slowest (started at ms → took ms): " + slowest.stream().limit(15)
                    .map(x -> x[0] + "→" + x[1]).collect(java.util.stream.Collectors.joining(", ")));
        }
        all.addAll(micros);
        errors.addAndGet(failed.get());
        var s = BenchmarkClient.Stats.of(micros, 0, failed.get());
        report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %s | %s | %s |\n", label, requests.size(), failed.get(), wall,
                s.p50ms(), s.p95ms(), s.p99ms(), s.maxms()));
    }
}
