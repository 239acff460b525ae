package cn.tongxin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import jdk.jfr.Recording;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plenary peak: 300 members (API tokens written directly) each create a draft at concurrency 20, then invite two
 * co-signers, then the 600 confirmations, then 300 submits; p50 / p95 / p99 per step. With {@code -Dbench.jfr=true}
 * the draft step is recorded with Java Flight Recorder. Run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=PlenaryPeakBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tongxin.database.embedded.data-dir=${bench.data-dir:target/test-postgres}",
        "tongxin.database.embedded.clean=${bench.clean:true}",
        "tongxin.database.embedded.database=${bench.database:tongxin}"})
class PlenaryPeakBenchmark {

    static {
        if (Boolean.getBoolean("bench.province")) { // the province ProvinceBenchmark left with -Dprovince.keep=true
            System.setProperty("bench.data-dir", "target/province-postgres");
            System.setProperty("bench.clean", "false");
            System.setProperty("bench.database", "province");
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        List<String> tokens = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        String tag = Long.toString(System.nanoTime() % 100000);
        for (int i = 0; i < 300; i++) {
            long member = jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                    .params(committee, "大会委员" + tag + "-" + i, String.format("15%05d%04d", Long.parseLong(tag), i)).query(Long.class).single();
            long account = jdbc.sql("""
                    insert into user_account (committee_id, username, display_name, password_hash, must_change_password, member_id)
                    values (?, ?, ?, '{noop}x', false, ?) returning id""").params(committee, "peak" + tag + "_" + i, "大会委员" + i, member)
                    .query(Long.class).single();
            jdbc.sql("insert into user_role (user_account_id, role) values (?, 'MEMBER')").param(account).update();
            String token = "tx_" + String.format("%040d", Long.parseLong(tag) * 1000 + i);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("insert into api_token (user_account_id, name, token_hash, token_prefix) values (?, '压测', ?, ?)")
                    .params(account, hash, token.substring(0, 8)).update();
            tokens.add(token);
            members.add(member);
        }
        StringBuilder report = new StringBuilder("# Plenary peak: 300 members, concurrency 20, API tokens\n\n")
                .append("| step | requests | wall s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        List<Long> proposals = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(300, 0L)));
        Recording recording = null;
        if (Boolean.getBoolean("bench.jfr")) {
            recording = new Recording();
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            recording.start();
        }
        step(report, "create a draft", 300, i -> {
            String body = "{\"title\":\"关于大会提案" + i + "的建议\",\"body\":\"正文\",\"category\":\"ECONOMY\"}";
            return post(tokens.get(i), "/api/v1/proposals", body, UUID.randomUUID().toString(), r -> proposals.set(i, id(r)));
        });
        if (recording != null) {
            recording.stop();
            Path file = Path.of("target/benchmarks/plenary.jfr");
            Files.createDirectories(file.getParent());
            recording.dump(file);
            recording.close();
        }
        step(report, "invite 2 co-signers", 300, i -> post(tokens.get(i), "/api/v1/proposals/" + proposals.get(i) + "/invitations",
                "{\"memberIds\":[" + members.get((i + 1) % 300) + "," + members.get((i + 2) % 300) + "]}", null, null));
        step(report, "confirm co-signing", 600, k -> {
            int i = k / 2;
            int signer = (i + 1 + k % 2) % 300;
            return post(tokens.get(signer), "/api/v1/proposals/" + proposals.get(i) + "/cosign", "{\"confirm\":true}", null, null);
        });
        step(report, "submit", 300, i -> post(tokens.get(i), "/api/v1/proposals/" + proposals.get(i) + "/submit", "{}", null, null));
        if (recording != null) {
            PageThroughputBenchmark.hotFrames(Path.of("target/benchmarks/plenary.jfr"), report);
        }
        Path out = Path.of("target/benchmarks/plenary.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private static long id(String body) {
        var m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id: " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private Callable<Long> post(String token, String path, String json, String key, java.util.function.Consumer<String> then) {
        return () -> {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            long s = System.nanoTime();
            var response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - s) / 1000;
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
            }
            if (then != null) {
                then.accept(response.body());
            }
            return micros;
        };
    }

    private void step(StringBuilder report, String label, int count, IntFunction<Callable<Long>> task) throws Exception {
        var pool = Executors.newFixedThreadPool(20);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(task.apply(i));
        }
        long t0 = System.nanoTime();
        List<Long> micros = new ArrayList<>();
        try {
            for (var f : pool.invokeAll(tasks)) {
                micros.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Collections.sort(micros);
        int n = micros.size();
        report.append(String.format("| %s | %d | %.2f | %.1f | %.1f | %.1f |%n", label, n, seconds, micros.get(n / 2) / 1000.0,
                micros.get((int) (n * 0.95)) / 1000.0, micros.get((int) (n * 0.99)) / 1000.0));
    }
}
