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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.proposal.ProposalYearGenerator;

/**
 * Benchmark, not a test: the proposal list and statistics pages of a committee with 10 years × 600 proposals, over
 * real HTTP. Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ProposalBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final StringBuilder report = new StringBuilder("# Proposal benchmark\n\n");

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long term = jdbc.sql("select id from term where committee_id = ? and number = 12").param(committee).query(Long.class).single();
        List<Long> members = jdbc.sql("select id from member where committee_id = ? and status = 'ACTIVE' order by id").param(committee).query(Long.class).list();
        List<Long> units = jdbc.sql("select id from handling_unit where committee_id = ? order by id").param(committee).query(Long.class).list();
        List<Long> parties = jdbc.sql("select id from org_unit where committee_id = ? and kind = 'PARTY'").param(committee).query(Long.class).list();
        long t0 = System.nanoTime();
        var generator = new ProposalYearGenerator(jdbc, 2016);
        long lastSession = 0;
        for (int year = 2016; year <= 2025; year++) {
            LocalDate opening = LocalDate.of(year, 1, 12);
            lastSession = jdbc.sql("""
                    insert into plenary_session (committee_id, term_id, number, name, opening_date, closing_date, submission_deadline)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(committee, term, 20 + year - 2016, "基准" + year + "年会议", opening, opening.plusDays(4), opening.plusDays(2))
                    .query(Long.class).single();
            generator.year(committee, lastSession, year, 600, members, units, parties, "staff");
        }
        jdbc.sql("analyze").update();
        long total = jdbc.sql("select count(*) from proposal where committee_id = ?").param(committee).query(Long.class).single();
        report.append("Data: ").append(total).append(" proposals in one committee (10 years × 600, generated in ")
                .append((System.nanoTime() - t0) / 1_000_000_000).append(" s), with cases, replies and ratings. ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL 17, HTTP on loopback, logged-in staff session.\n\n")
                .append("| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        login("staff");
        time("proposal list, first page", "/proposals", 100);
        time("proposal list, year 2025", "/proposals?year=2025", 100);
        time("proposal list, title search", "/proposals?keyword=" + URLEncoder.encode("生成提案 2020", StandardCharsets.UTF_8), 100);
        time("proposal list, replied (handling filter)", "/proposals?year=2025&handling=REPLIED", 100);
        time("proposal list, page 100", "/proposals?page=100", 100);
        time("statistics, year 2025", "/proposals/statistics?year=2025", 50);
        time("statistics, one session", "/proposals/statistics?sessionId=" + lastSession, 50);
        time("statistics, ten years", "/proposals/statistics?from=2016-01-01&to=2025-12-31", 20);
        Path out = Path.of("target/benchmarks/proposals.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private void time(String label, String path, int runs) throws Exception {
        for (int i = 0; i < 10; i++) {
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

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }

    private String get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + response.statusCode());
        }
        return response.body();
    }

    private void login(String username) throws Exception {
        var m = CSRF.matcher(get("/login"));
        if (!m.find()) {
            throw new IllegalStateException("no csrf token");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
