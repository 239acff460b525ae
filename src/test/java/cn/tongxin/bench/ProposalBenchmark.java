package cn.tongxin.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;


    @Test
    void measure() throws Exception {
        var client = new BenchmarkClient(port, "Proposal benchmark");
        var report = client.report;
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
        client.login("staff", "Demo@2026");
        client.time("proposal list, first page", "/proposals", 10, 100);
        client.time("proposal list, year 2025", "/proposals?year=2025", 10, 100);
        client.time("proposal list, title search", "/proposals?keyword=" + URLEncoder.encode("生成提案 2020", StandardCharsets.UTF_8), 10, 100);
        client.time("proposal list, replied (handling filter)", "/proposals?year=2025&handling=REPLIED", 10, 100);
        client.time("proposal list, page 100", "/proposals?page=100", 10, 100);
        client.time("statistics, year 2025", "/proposals/statistics?year=2025", 10, 50);
        client.time("statistics, one session", "/proposals/statistics?sessionId=" + lastSession, 10, 50);
        client.time("statistics, ten years", "/proposals/statistics?from=2016-01-01&to=2025-12-31", 10, 20);
        client.write("proposals.md");
    }
}
