package cn.tongxin.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** A logged-in browser-like HTTP client for benchmarks, and a Markdown table of timings. */
final class BenchmarkClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String token;
    final StringBuilder report;

    BenchmarkClient(int port, String title) {
        this.port = port;
        this.report = new StringBuilder("# " + title + "\n\n");
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpClient http() {
        return http;
    }

    /** The session's cookies as a {@code Cookie} header value, for a load generator outside the JVM. */
    String cookieHeader() {
        return cookies.getCookieStore().get(uri("/")).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Sends later requests with this API token instead of the session cookie. */
    void useToken(String username, String password) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password
                        + "\",\"name\":\"benchmark\"}")).build(), HttpResponse.BodyHandlers.ofString());
        var m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        token = m.group(1);
    }

    /** Sends later requests with this API token (one written in SQL, say). */
    void bearer(String token) {
        this.token = token;
    }

    /** A request to the path, with the API token when there is one. */
    HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    String get(String path) throws Exception {
        var request = request(path);
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + response.statusCode());
        }
        return response.body();
    }

    void login(String username, String password) throws Exception {
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf(get("/login"));
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    static String csrf(String page) {
        var m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no csrf token");
        }
        return m.group(1);
    }

    /** Times {@code runs} requests after {@code warmup} and adds a row: label, p50, p95, max (ms). */
    void time(String label, String path, int warmup, int runs) throws Exception {
        Stats s = measure(path, warmup, runs);
        report.append("| ").append(label).append(" | ").append(ms(s.p50())).append(" | ")
                .append(ms(s.p95())).append(" | ").append(ms(s.max())).append(" |\n");
    }

    /** Percentiles of a sample of durations, in microseconds; {@code perSecond}: a throughput run's requests per second. */
    record Stats(int count, long p50, long p95, long p99, long max, double perSecond, int errors) {

        static Stats of(List<Long> micros, double perSecond, int errors) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            int n = sorted.size();
            if (n == 0) {
                return new Stats(0, 0, 0, 0, 0, perSecond, errors);
            }
            return new Stats(n, sorted.get(n / 2), sorted.get(Math.min(n - 1, (int) (n * 0.95))),
                    sorted.get(Math.min(n - 1, (int) (n * 0.99))), sorted.get(n - 1), perSecond, errors);
        }

        String p50ms() {
            return ms(p50);
        }

        String p95ms() {
            return ms(p95);
        }

        String p99ms() {
            return ms(p99);
        }

        String maxms() {
            return ms(max);
        }
    }

    /** Times {@code runs} sequential requests after {@code warmup}. */
    Stats measure(String path, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(path);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            get(path);
            micros.add((System.nanoTime() - t0) / 1000);
        }
        return Stats.of(micros, 0, 0);
    }

    /** Times {@code runs} calls of {@code work} after {@code warmup} (in process, e.g. a page's own queries). */
    static Stats measure(java.util.concurrent.Callable<?> work, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.call();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.call();
            micros.add((System.nanoTime() - t0) / 1000);
        }
        return Stats.of(micros, 0, 0);
    }

    /**
     * A throughput run: {@code clients} threads request {@code path} as fast as they can, sharing this client's
     * session, for {@code warmupSeconds} (not counted) and then {@code seconds}; requests per second and latencies.
     */
    Stats throughput(String path, int clients, int warmupSeconds, int seconds) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        var errors = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            get(path);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            micros.add((t1 - t0) / 1000);
                        }
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return Stats.of(micros, micros.size() / (double) seconds, errors.get());
    }

    void write(String file) throws Exception {
        Path out = Path.of("target/benchmarks/" + file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
