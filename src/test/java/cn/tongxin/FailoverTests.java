package cn.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.infrastructure.EmbeddedPostgres;
import cn.tongxin.support.RoundRobinProxy;
import cn.tongxin.support.WebSession;

/**
 * Two instances behind a round-robin proxy (no sticky sessions) on one database: instance A is a separate JVM, B runs
 * here. A member logged in through the proxy submits micro-suggestions from four clients; half-way A is killed
 * (kill -9). Every write the platform acknowledged (302 to the new suggestion) must be in the database; requests that
 * failed because A died under them are counted and reported (target/benchmarks/failover.md), and after the kill the
 * member keeps working on B with the same session.
 */
class FailoverTests {

    private static final Pattern CREATED = Pattern.compile("/suggestions/(\\d+)$");
    private static final int CLIENTS = 4;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(4);
    private static final Duration AFTER_KILL = Duration.ofSeconds(4);
    private static final int MAX_WRITES = 600;

    @Test
    void killingOneInstanceUnderWritesLosesNoAcknowledgedWrite() throws Exception {
        try (var b = new SpringApplicationBuilder(TongxinApplication.class).run("--tongxin.database.embedded.database=failover",
                "--server.port=0")) {
            String url = b.getEnvironment().getProperty("spring.datasource.url");
            int portA = freePort();
            Process a = startInstanceA(url, portA);
            try (var proxy = new RoundRobinProxy(List.of(portA, port(b)))) {
                waitUntilServing(a, portA);
                var member = new WebSession(proxy.port());
                member.login("member", "Demo@2026");
                String csrf = member.csrf("/suggestions/new");

                var result = load(member, csrf, a);
                JdbcClient jdbc = b.getBean(JdbcClient.class);
                long found = jdbc.sql("select count(*) from micro_suggestion where id in (:ids)")
                        .param("ids", result.acknowledged.isEmpty() ? List.of(-1L) : result.acknowledged)
                        .query(Long.class).single();
                long lost = result.acknowledged.size() - found;
                report(result, lost);

                assertThat(result.acknowledgedAfterKill.get()).as("writes go on on B after A died").isPositive();
                assertThat(lost).as("acknowledged writes lost").isZero();
                assertThat(member.get("/suggestions").statusCode()).as("same session on B").isEqualTo(200);
            } finally {
                a.destroyForcibly().waitFor();
            }
        }
    }

    record Load(List<Long> acknowledged, AtomicInteger acknowledgedAfterKill, AtomicInteger failedBeforeKill,
                AtomicInteger failedAfterKill, List<String> failures, double seconds) {
    }

    /** Four clients write until the time is up; A is killed half-way. */
    private static Load load(WebSession member, String csrf, Process a) throws Exception {
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        var afterKillOk = new AtomicInteger();
        var failedBefore = new AtomicInteger();
        var failedAfter = new AtomicInteger();
        var killed = new AtomicBoolean();
        var sequence = new AtomicInteger();
        Instant start = Instant.now();
        Instant end = start.plus(BEFORE_KILL).plus(AFTER_KILL);
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    while (Instant.now().isBefore(end) && sequence.get() < MAX_WRITES) {
                        int n = sequence.incrementAndGet();
                        boolean afterKill = killed.get();
                        try {
                            var response = member.postWithToken("/suggestions", Map.of("requestKey", "failover-" + n,
                                    "title", "故障切换测试" + n, "body", "两实例故障切换时提交的微建议"), csrf);
                            var m = CREATED.matcher(WebSession.location(response));
                            if (response.statusCode() == 302 && m.find()) {
                                acknowledged.add(Long.parseLong(m.group(1)));
                                if (afterKill) {
                                    afterKillOk.incrementAndGet();
                                }
                                continue;
                            }
                            failures.add(n + ": " + response.statusCode());
                        } catch (IOException e) {
                            failures.add(n + ": " + e);
                        }
                        (afterKill || killed.get() ? failedAfter : failedBefore).incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(BEFORE_KILL.toMillis());
            a.destroyForcibly(); // kill -9
            killed.set(true);
            for (var client : clients) {
                client.get();
            }
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        return new Load(acknowledged, afterKillOk, failedBefore, failedAfter, failures, seconds);
    }

    private static void report(Load r, long lost) throws IOException {
        String text = """
                # Fail-over: one of two instances killed under writes

                Two instances on one embedded PostgreSQL behind a round-robin proxy (nginx's behaviour: a refused
                connection goes to the next instance, a request that fails after it was sent gets 502), %d clients
                submitting micro-suggestions as one member (one session), instance A killed with kill -9 after %d s.

                | acknowledged writes | acknowledged after the kill | acknowledged writes lost | failed before the kill | failed at or after the kill | seconds |
                |---|---|---|---|---|---|
                | %d | %d | %d | %d | %d | %.1f |

                Failures: %s
                """.formatted(CLIENTS, BEFORE_KILL.toSeconds(), r.acknowledged.size(), r.acknowledgedAfterKill.get(), lost,
                r.failedBeforeKill.get(), r.failedAfterKill.get(), r.seconds, r.failures);
        Path out = Path.of("target/benchmarks/failover.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }

    /** Instance A: the same application in a JVM of its own, on the database B migrated. */
    private static Process startInstanceA(String url, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target/failover-instance-a.log");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TongxinApplication.class.getName(), "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedPostgres.APPLICATION, "--spring.datasource.password=",
                "--spring.flyway.enabled=false", "--server.port=" + port, "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilServing(Process a, int port) throws Exception {
        var probe = new WebSession(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!a.isAlive()) {
                throw new AssertionError("instance A ended: see target/failover-instance-a.log");
            }
            try {
                if (probe.get("/login").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance A did not start within 120 s: see target/failover-instance-a.log");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
