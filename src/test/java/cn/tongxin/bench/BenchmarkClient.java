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

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
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

    String get(String path) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
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
        for (int i = 0; i < warmup; i++) {
            get(path);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            get(path);
            micros.add((System.nanoTime() - t0) / 1000);
        }
        Collections.sort(micros);
        report.append("| ").append(label).append(" | ").append(ms(micros.get(runs / 2))).append(" | ")
                .append(ms(micros.get((int) (runs * 0.95)))).append(" | ").append(ms(micros.get(runs - 1))).append(" |\n");
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
