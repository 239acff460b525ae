package cn.tongxin.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.performance.Scores;

/**
 * Benchmark, not a test: a committee of 600 members with five years of generated record entries (attendance at the
 * plenary, standing-committee meetings for the standing members, activities, proposals with co-signers, reports and
 * adoptions, micro-suggestions, speeches, outputs): recomputing one year, 我的履职 and the ranking over real HTTP.
 * Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=PerformanceBenchmark}; figures go to
 * target/benchmarks/performance.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerformanceBenchmark {

    static final int FIRST_YEAR = 2022;
    static final int YEARS = 5;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scores scores;
    @Autowired
    TransactionTemplate tx;

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        List<Long> members = growTo(committee, 600);
        long t0 = System.nanoTime();
        long rows = generate(committee, members);
        double generated = (System.nanoTime() - t0) / 1e9;
        var client = new BenchmarkClient(port, "Performance benchmark");
        StringBuilder report = client.report;
        report.append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL 17, HTTP on loopback.\n\n")
                .append("Data: ").append(members.size()).append(" members × ").append(YEARS).append(" years, ").append(rows)
                .append(" record entries (generated in ").append(String.format("%.1f", generated)).append(" s).\n\n");

        report.append("## Recompute one year (all members, under the year's published rule set)\n\n| run | members | ms |\n|---|---|---|\n");
        List<Long> runs = new ArrayList<>();
        for (int run = 1; run <= 7; run++) {
            int year = FIRST_YEAR + YEARS - 1;
            long s = System.nanoTime();
            int done = tx.execute(t -> scores.recomputeYear(committee, year));
            long ms = (System.nanoTime() - s) / 1_000_000;
            runs.add(ms);
            report.append("| ").append(run).append(" | ").append(done).append(" | ").append(ms).append(" |\n");
        }
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS - 1; y++) {
            int year = y;
            tx.execute(t -> scores.recomputeYear(committee, year));
        }
        Collections.sort(runs);
        report.append("\nRecompute p50 ").append(runs.get(3)).append(" ms, max ").append(runs.get(6)).append(" ms.\n\n");

        int year = FIRST_YEAR + YEARS - 1;
        report.append("## Pages (200 requests each after 30 warm-up)\n\n| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        client.login("member", "Demo@2026");
        client.time("我的履职 (member, " + year + ")", "/performance/me?year=" + year, 30, 200);
        var memberApi = new BenchmarkClient(port, "");
        memberApi.useToken("member", "Demo@2026");
        memberApi.time("我的履职 API", "/api/v1/performance/me?year=" + year, 30, 200);
        var staff = new BenchmarkClient(port, "");
        staff.login("staff", "Demo@2026");
        staff.time("ranking, first page", "/performance/ranking?year=" + year, 30, 200);
        staff.time("ranking, page 6", "/performance/ranking?year=" + year + "&page=6", 30, 200);
        staff.time("ranking by 界别 (filter)", "/performance/ranking?year=" + year + "&sector=" + sector(committee), 30, 200);
        staff.time("one member's term (5 years)", "/performance/members/" + members.get(7) + "/term", 30, 200);
        staff.time("flags list", "/performance/flags?year=" + year, 30, 200);
        var staffApi = new BenchmarkClient(port, "");
        staffApi.useToken("staff", "Demo@2026");
        staffApi.time("ranking API", "/api/v1/performance/ranking?year=" + year, 30, 200);
        report.append(memberApi.report.substring(memberApi.report.indexOf("\n\n") + 2))
                .append(staff.report.substring(staff.report.indexOf("\n\n") + 2))
                .append(staffApi.report.substring(staffApi.report.indexOf("\n\n") + 2));
        client.write("performance.md");
    }

    private long sector(long committee) {
        return jdbc.sql("select sector_id from member where committee_id = ? and sector_id is not null group by sector_id order by count(*) desc limit 1")
                .param(committee).query(Long.class).single();
    }

    /** Adds members until the committee has {@code size} active ones; returns all of them. */
    private List<Long> growTo(long committee, int size) {
        long have = jdbc.sql("select count(*) from member where committee_id = ? and status = 'ACTIVE'").param(committee).query(Long.class).single();
        for (long i = have; i < size; i++) {
            jdbc.sql("insert into member (committee_id, name, gender, mobile, standing) values (?, ?, 'FEMALE', ?, ?)")
                    .params(committee, "基准委员" + i, String.format("167%08d", i), i % 10 == 0).update();
        }
        return jdbc.sql("select id from member where committee_id = ? and status = 'ACTIVE' order by id").param(committee).query(Long.class).list();
    }

    /** Generated entries, as the listeners would have written them, in one insert per member-year batch. */
    private long generate(long committee, List<Long> members) {
        Random random = new Random(600);
        String[] activities = {"RESEARCH", "INSPECTION", "THEMATIC_CONSULTATION", "STUDIO", "TRAINING", "SECTOR_ACTIVITY", "SUPERVISION", "READING"};
        List<Object[]> rows = new ArrayList<>();
        long source = 50_000_000L;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            for (int m = 0; m < members.size(); m++) {
                long member = members.get(m);
                String[] plenary = {"ATTENDED", "ATTENDED", "ATTENDED", "EXCUSED", "ABSENT"};
                rows.add(row(committee, member, day(year, random), plenary[random.nextInt(5)], "PLENARY", "INDIVIDUAL", 0, "ACTIVITY", source++));
                if (m % 10 == 0) {
                    for (int s = 0; s < 6; s++) {
                        String[] st = {"ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "EXCUSED", "ABSENT"};
                        rows.add(row(committee, member, day(year, random), st[random.nextInt(6)], "STANDING_COMMITTEE", "INDIVIDUAL", 0, "ACTIVITY", source++));
                    }
                }
                for (int a = 0, n = 5 + random.nextInt(20); a < n; a++) {
                    rows.add(row(committee, member, day(year, random), random.nextInt(10) == 0 ? "EXCUSED" : "ATTENDED",
                            activities[random.nextInt(activities.length)], "INDIVIDUAL", 0, "ACTIVITY", source++));
                }
                for (int p = 0, n = random.nextInt(4); p < n; p++) {
                    int sharers = random.nextInt(3);
                    String role = random.nextInt(3) == 0 ? "CO_SIGNER" : sharers == 0 ? "INDIVIDUAL" : "LEAD";
                    int cosign = role.equals("CO_SIGNER") ? Math.max(1, sharers) : sharers;
                    LocalDate on = day(year, random);
                    rows.add(row(committee, member, on, "PROPOSAL_SUBMITTED", null, role, cosign, "PROPOSAL", source));
                    if (random.nextInt(5) > 0) {
                        rows.add(row(committee, member, on.plusDays(10).getYear() == year ? on.plusDays(10) : on, "PROPOSAL_FILED", null, role,
                                cosign, "PROPOSAL", source));
                    }
                    source++;
                }
                for (int r = 0, n = random.nextInt(5); r < n; r++) {
                    LocalDate on = day(year, random);
                    rows.add(row(committee, member, on, "REPORT_SUBMITTED", null, "INDIVIDUAL", 0, "OPINION_REPORT", source));
                    if (random.nextInt(4) == 0) {
                        rows.add(row(committee, member, on, "REPORT_ADOPTED", "CITY_CPPCC", "INDIVIDUAL", 0, "OPINION_REPORT", source));
                    }
                    source++;
                }
                for (int s = 0, n = random.nextInt(3); s < n; s++) {
                    rows.add(row(committee, member, day(year, random), "SUGGESTION_SUBMITTED", null, "INDIVIDUAL", 0, "MICRO_SUGGESTION", source++));
                }
                if (random.nextInt(3) == 0) {
                    rows.add(row(committee, member, day(year, random), "SPEECH_ORAL", "THEMATIC_CONSULTATION", "INDIVIDUAL", 0, "ACTIVITY_OUTPUT", source++));
                }
                if (random.nextInt(6) == 0) {
                    rows.add(row(committee, member, day(year, random), "AUTHORED", "RESEARCH_REPORT", "INDIVIDUAL", 0, "ACTIVITY_OUTPUT", source++));
                }
            }
        }
        for (int from = 0; from < rows.size(); from += 5000) {
            insert(rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
        return rows.size();
    }

    private void insert(List<Object[]> batch) {
        int n = batch.size();
        Object[][] cols = {new Long[n], new Long[n], new Date[n], new String[n], new String[n], new String[n], new Integer[n],
                new String[n], new Long[n]};
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 9; c++) {
                cols[c][i] = batch.get(i)[c];
            }
        }
        jdbc.sql("""
                insert into performance_entry (committee_id, member_id, year, happened_on, kind, qualifier, member_role, sharers,
                                               source_type, source_id, slot, title, origin)
                select c, m, extract(year from d)::int, d, k, q, r, s, t, i, k || ':' || i, '基准记录', 'EVENT'
                  from unnest(?::bigint[], ?::bigint[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::bigint[])
                       as u(c, m, d, k, q, r, s, t, i)""")
                .params(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8]).update();
    }

    private static Object[] row(long committee, long member, LocalDate on, String kind, String qualifier, String role, int sharers,
                                String sourceType, long source) {
        return new Object[] {committee, member, Date.valueOf(on), kind, qualifier, role, sharers, sourceType, source};
    }

    private static LocalDate day(int year, Random random) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
    }
}
