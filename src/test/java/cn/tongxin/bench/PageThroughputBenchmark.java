package cn.tongxin.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.tongxin.account.RunAs;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalQueries;
import cn.tongxin.shared.PageQuery;

/**
 * Throughput of the proposal list page as the demo city's staff over real HTTP with 4 and 8 concurrent clients
 * (requests/s, p50 / p95 / p99), beside the time of the page's own query run directly; with {@code -Dbench.jfr=true}
 * the 8-client run is recorded with Java Flight Recorder and the hottest frames are added to the report.
 * Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=PageThroughputBenchmark}; with
 * {@code -Dbench.province=true} on the province database a {@code ProvinceBenchmark -Dprovince.keep=true} run left.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tongxin.database.embedded.data-dir=${bench.data-dir:target/test-postgres}",
        "tongxin.database.embedded.clean=${bench.clean:true}",
        "tongxin.database.embedded.database=${bench.database:tongxin}",
        "tongxin.test.count-statements=false"})
class PageThroughputBenchmark {

    static {
        if (Boolean.getBoolean("bench.province")) { // the province ProvinceBenchmark left with -Dprovince.keep=true
            System.setProperty("bench.data-dir", "target/province-postgres");
            System.setProperty("bench.clean", "false");
            System.setProperty("bench.database", "province");
        }
    }

    private static final String PATH = "/proposals";

    @LocalServerPort
    int port;
    @Autowired
    ProposalQueries queries;
    @Autowired
    RunAs runAs;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @Test
    void measure() throws Exception {
        // the state autovacuum keeps (within a minute of a burst of writes, such as an earlier plenary run): the count's
        // index-only scan then reads no table pages; run as the schema owner, the application's account may not vacuum
        new org.springframework.jdbc.core.JdbcTemplate(flyway.getConfiguration().getDataSource())
                .execute("vacuum (analyze) proposal, proposal_cosigner");
        var client = new BenchmarkClient(port, "List page throughput");
        client.login("staff", "Demo@2026");
        StringBuilder report = client.report;
        report.append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL, HTTP on loopback, GET ").append(PATH).append(" as staff (session cookie).\n\n");
        int bytes = client.get(PATH).length();
        // warm up: templates, JIT
        run(client, PATH, 4, 3_000);
        double sqlMs = sqlTime();
        report.append("Page size ").append(bytes).append(" chars. The page's own query (list + count, run directly as staff): ")
                .append(String.format("%.2f ms", sqlMs)).append(" mean.\n\n")
                .append("| clients | requests | requests/s | p50 ms | p95 ms | p99 ms | p50 / own SQL |\n|---|---|---|---|---|---|---|\n");
        for (int clients : new int[] {4, 8}) {
            boolean record = clients == 8 && Boolean.getBoolean("bench.jfr");
            Recording recording = null;
            if (record) {
                recording = new Recording();
                recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
                if (Boolean.getBoolean("bench.cpu-time")) { // JDK 25's CPU-time sampler (JEP 509): every thread, also in native code
                    recording.enable("jdk.CPUTimeSample").with("throttle", "2ms").withStackTrace();
                }
                recording.start();
            }
            var r = run(client, PATH, clients, Integer.getInteger("bench.requests", 4_000));
            report.append(String.format("| %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f× |%n", clients, r.count, r.perSecond,
                    r.p50, r.p95, r.p99, r.p50 / sqlMs));
            if (recording != null) {
                recording.stop();
                Path file = Path.of("target/benchmarks/pages.jfr");
                Files.createDirectories(file.getParent());
                recording.dump(file);
                recording.close();
                hotFrames(file, report);
            }
        }
        wrk(client, report);
        stackCeiling(client, report);
        client.write("pages.md");
    }

    /**
     * The same page driven by wrk (a C load generator: one thread, 8 connections, the session's cookie) when it is
     * installed ({@code apt-get install wrk}): the Java client above spends a share of the two cores itself.
     */
    private void wrk(BenchmarkClient client, StringBuilder report) throws Exception {
        Path wrk = Path.of(System.getProperty("bench.wrk", "/usr/bin/wrk"));
        if (!Files.isExecutable(wrk)) {
            report.append("\n(wrk not installed: the run with a C load generator is left out.)\n");
            return;
        }
        Path script = Files.createTempFile("percentiles", ".lua");
        Files.writeString(script, """
                done = function(summary, latency, requests)
                  io.write(string.format("TX %d %d %d %.3f %.3f %.3f %.3f\\n", summary.requests,
                    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
                    summary.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                    latency:percentile(99) / 1000, latency.max / 1000))
                end
                """);
        report.append("\nThe same page driven by wrk (C, one thread; 2 s warm-up, then 20 s), same session:\n\n")
                .append("| connections | requests | errors | requests/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
        String url = "http://localhost:" + port + PATH;
        for (int connections : new int[] {4, 8}) {
            runWrk(wrk, script, client, url, connections, 2); // warm-up
            String[] f = runWrk(wrk, script, client, url, connections, Integer.getInteger("bench.wrk.seconds", 20));
            long requests = Long.parseLong(f[1]);
            double seconds = Long.parseLong(f[3]) / 1e6;
            report.append(String.format(java.util.Locale.ROOT, "| %d | %d | %s | %.0f | %s | %s | %s |%n", connections, requests,
                    f[2], requests / seconds, f[4], f[5], f[6]));
        }
        Files.deleteIfExists(script);
    }

    private static String[] runWrk(Path wrk, Path script, BenchmarkClient client, String url, int connections, int seconds)
            throws Exception {
        var process = new ProcessBuilder(wrk.toString(), "-t1", "-c" + connections, "-d" + seconds + "s",
                "-H", "Cookie: " + client.cookieHeader(), "-s", script.toString(), url)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines().filter(l -> l.startsWith("TX ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk: " + out)).split(" ");
    }

    private double sqlTime() {
        return runAs.user("staff", () -> {
            for (int i = 0; i < 200; i++) {
                queries.list(ProposalCriteria.none(), PageQuery.of(null, 20));
            }
            long t0 = System.nanoTime();
            int n = 500;
            for (int i = 0; i < n; i++) {
                queries.list(ProposalCriteria.none(), PageQuery.of(null, 20));
            }
            return (System.nanoTime() - t0) / 1e6 / n;
        });
    }

    record Result(int count, double perSecond, double p50, double p95, double p99) {
    }

    /**
     * The same client, session and filter chain on two requests with no page work: a static file of the page's size
     * (security filters, session, resource handler) and the smallest authenticated API answer (token instead of session; plus MVC and Jackson).
     * Their rates bound what any page can reach on this machine with the client sharing its cores.
     */
    private void stackCeiling(BenchmarkClient session, StringBuilder report) throws Exception {
        report.append("\nThe stack without page work, same client and session, 8 clients:\n\n")
                .append("| request | bytes | requests | requests/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
        // the earlier runs' tokens revoked: a user holds at most 10
        jdbc.sql("update api_token set revoked_at = now() where name = 'benchmark' and revoked_at is null").update();
        var api = new BenchmarkClient(port, "api");
        api.useToken("staff", "Demo@2026");
        for (String path : new String[] {"/css/app.css", "/api/v1/me"}) {
            var client = path.startsWith("/api/") ? api : session;
            int bytes = client.get(path).length();
            run(client, path, 8, 2_000);
            var r = run(client, path, 8, Integer.getInteger("bench.requests", 4_000));
            report.append(String.format("| GET %s | %d | %d | %.0f | %.1f | %.1f | %.1f |%n", path, bytes, r.count, r.perSecond,
                    r.p50, r.p95, r.p99));
        }
    }

    private Result run(BenchmarkClient client, String path, int clients, int requests) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>(requests));
        AtomicLong left = new AtomicLong(requests);
        long t0 = System.nanoTime();
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                tasks.add(() -> {
                    while (left.getAndDecrement() > 0) {
                        long s = System.nanoTime();
                        var response = client.http().send(client.request(path).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " → " + response.statusCode());
                        }
                        micros.add((System.nanoTime() - s) / 1000);
                    }
                    return null;
                });
            }
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int n = sorted.size();
        return new Result(n, n / seconds, sorted.get(n / 2) / 1000.0, sorted.get((int) (n * 0.95)) / 1000.0,
                sorted.get((int) (n * 0.99)) / 1000.0);
    }

    /** Self time by method, and time inside each of a few frameworks (any frame of the stack). */
    static void hotFrames(Path file, StringBuilder report) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int total = 0;
        String[] buckets = {"org.thymeleaf.", "org.springframework.expression.", "org.springframework.security.",
                "org.springframework.jdbc.", "org.postgresql.", "com.zaxxer.", "cn.tongxin.", "org.apache.catalina.",
                "org.apache.coyote.", "org.springframework.web.servlet.view.", "org.hibernate.validator.", "ch.qos.logback.",
                "org.springframework.web.servlet.support.", "org.springframework.context.support.", "org.springframework.beans."};
        try (var recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                var event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                total++;
                var top = frames.get(0).getMethod();
                self.merge(top.getType().getName() + "." + top.getName(), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame frame : frames) {
                    String type = frame.getMethod().getType().getName();
                    for (String b : buckets) {
                        if (type.startsWith(b)) {
                            seen.add(b);
                        }
                    }
                    if (type.startsWith("cn.tongxin.") || type.startsWith("org.thymeleaf.standard.expression")) {
                        seen.add(type + "." + frame.getMethod().getName());
                    }
                }
                for (String s : seen) {
                    inclusive.merge(s, 1, Integer::sum);
                }
            }
        }
        int all = Math.max(total, 1);
        report.append("\nJFR: ").append(total).append(" execution samples in the 8-client run.\n\n| self (top frame) | share |\n|---|---|\n");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> report.append(String.format("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / all)));
        report.append("\n| on the stack | share |\n|---|---|\n");
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .forEach(e -> report.append(String.format("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / all)));
    }
}
