package cn.tongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import jdk.jfr.Recording;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plenary peak ({@link PlenaryPeak}): after three rehearsals by 100 members each ({@code -Dbench.rehearsals}), 300 members (API tokens written directly)
 * each draft a joint proposal at concurrency 20, then invite two co-signers, then the 600 confirmations, then 300
 * submits; p50 / p95 / p99 per step. With {@code -Dbench.jfr=true} the measured round is recorded with Java Flight
 * Recorder; with {@code -Dbench.plenary.wrk=true} the requests are sent by wrk (C) instead of the JDK's HttpClient in this
 * JVM, whose work on the same two cores is then not the server's. Run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=PlenaryPeakBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tongxin.database.embedded.data-dir=${bench.data-dir:target/test-postgres}",
        "tongxin.database.embedded.clean=${bench.clean:true}",
        "tongxin.database.embedded.database=${bench.database:tongxin}",
        "tongxin.test.count-statements=false"})
class PlenaryPeakBenchmark {

    static {
        if (Boolean.getBoolean("bench.province")) { // the province ProvinceBenchmark left with -Dprovince.keep=true
            System.setProperty("bench.data-dir", "target/province-postgres");
            System.setProperty("bench.clean", "false");
            System.setProperty("bench.database", "province");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        var peak = new PlenaryPeak(jdbc, port, committee);
        for (int i = Integer.getInteger("bench.rehearsals", 3); i > 0; i--) {
            peak.rehearse(100);
        }
        StringBuilder report = new StringBuilder("# Plenary peak: 300 members, concurrency 20, API tokens\n\n")
                .append("After ").append(Integer.getInteger("bench.rehearsals", 3))
                .append(" rehearsals of the same steps by 100 other members each (the write paths JIT-compiled). Requests sent by ")
                .append(peak.client()).append(".\n\n")
                .append("| step | requests | errors | wall s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        Recording recording = null;
        if (Boolean.getBoolean("bench.jfr")) {
            recording = new Recording();
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            if (Boolean.getBoolean("bench.cpu-time")) { // JDK 25's CPU-time sampler (JEP 509): every thread, also in native code
                recording.enable("jdk.CPUTimeSample").with("throttle", "2ms").withStackTrace();
            }
            recording.start();
        }
        boolean statements = Boolean.getBoolean("bench.statements");
        if (statements) { // -Dbench.statements=true: the database's statements of the measured round (pg_stat_statements loaded)
            jdbc.sql("select pg_stat_statements_reset()").query().listOfRows();
        }
        peak.run(300, report);
        if (statements) {
            statements(report);
        }
        if (recording != null) {
            recording.stop();
            Path file = Path.of("target/benchmarks/plenary.jfr");
            Files.createDirectories(file.getParent());
            recording.dump(file);
            recording.close();
            PageThroughputBenchmark.hotFrames(file, report);
        }
        Path out = Path.of("target/benchmarks/plenary.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** The statements of the round by the database's time, with their calls: what a write asks of PostgreSQL. */
    private void statements(StringBuilder report) {
        report.append("\n| calls | total ms | mean ms | rows | statement |\n|---|---|---|---|---|\n");
        var totals = jdbc.sql("select sum(calls)::bigint as calls, round(sum(total_exec_time)::numeric, 0) as ms from pg_stat_statements")
                .query().singleRow();
        jdbc.sql("""
                select calls, round(total_exec_time::numeric, 1) as total, round(mean_exec_time::numeric, 3) as mean, rows,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as query
                  from pg_stat_statements order by total_exec_time desc limit 40""")
                .query((rs, n) -> report.append("| ").append(rs.getLong("calls")).append(" | ").append(rs.getBigDecimal("total"))
                        .append(" | ").append(rs.getBigDecimal("mean")).append(" | ").append(rs.getLong("rows")).append(" | `")
                        .append(rs.getString("query").replace("|", "\\|")).append("` |\n"))
                .list();
        report.append("\nAll statements: ").append(totals.get("calls")).append(" calls, ").append(totals.get("ms")).append(" ms.\n");
    }
}
