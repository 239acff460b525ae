package cn.tongxin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.activity.internal.CheckInCodes;

/**
 * Load test and benchmark, not a test: (1) 300 members check in at one activity over real HTTP, 50 at a time, with
 * their own API tokens and the venue code; (2) the activity list and statistics of a committee with 10 years × 400
 * activities. Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ActivityBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        var client = new BenchmarkClient(port, "Activity load test and benchmark");
        StringBuilder report = client.report;
        report.append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL 17, HTTP on loopback.\n\n");
        checkInLoad(committee, report);
        listAndStatistics(committee, client);
        client.write("activities.md");
    }

    private void checkInLoad(long committee, StringBuilder report) throws Exception {
        // 300 members with accounts and API tokens (written directly: logging in 300 times is not what is measured)
        List<String> tokens = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long member = jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                    .params(committee, "签到委员" + i, String.format("166%08d", i)).query(Long.class).single();
            long account = jdbc.sql("""
                    insert into user_account (committee_id, username, display_name, password_hash, must_change_password, member_id)
                    values (?, ?, ?, '{noop}x', false, ?) returning id""").params(committee, "load" + i, "签到委员" + i, member)
                    .query(Long.class).single();
            jdbc.sql("insert into user_role (user_account_id, role) values (?, 'MEMBER')").param(account).update();
            String token = "tx_" + String.format("%040d", i);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("insert into api_token (user_account_id, name, token_hash, token_prefix) values (?, '压测', ?, ?)")
                    .params(account, hash, token.substring(0, 8)).update();
            tokens.add(token);
            members.add(member);
        }
        long activity = jdbc.sql("""
                insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, place,
                       checkin_secret, checkin_opens_at, checkin_closes_at, created_by)
                values (?, '委员全体会议（压测）', 'PLENARY', 'OFFICE', '办公室', now() + interval '10 minutes', now() + interval '3 hours',
                        '大礼堂', 'load-test-secret', now() - interval '20 minutes', now() + interval '3 hours', 'staff') returning id""")
                .param(committee).query(Long.class).single();
        for (long m : members) {
            jdbc.sql("insert into activity_invitee (activity_id, member_id) values (?, ?)").params(activity, m).update();
        }
        HttpClient http = HttpClient.newHttpClient();
        var pool = Executors.newFixedThreadPool(50);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (String token : tokens) {
                tasks.add(() -> {
                    String code = CheckInCodes.at("load-test-secret", activity, Instant.now());
                    long s = System.nanoTime();
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/activities/" + activity + "/check-in"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build(), HttpResponse.BodyHandlers.discarding());
                    micros.add((System.nanoTime() - s) / 1000);
                    return response.statusCode();
                });
            }
            for (var f : pool.invokeAll(tasks)) {
                if (f.get() != 200) {
                    throw new IllegalStateException("check-in failed: " + f.get());
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long recorded = jdbc.sql("select count(*) from activity_attendance where activity_id = ?").param(activity).query(Long.class).single();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        report.append("## Check-in load: 300 members, 50 concurrent, real HTTP with tokens and the venue code\n\n")
                .append("| figure | value |\n|---|---|\n")
                .append("| check-ins recorded | ").append(recorded).append(" of 300 |\n")
                .append("| wall time for all 300 | ").append(String.format("%.2f s", seconds)).append(" |\n")
                .append("| throughput | ").append(String.format("%.0f check-ins/s", 300 / seconds)).append(" |\n")
                .append("| latency p50 / p95 / max | ").append(String.format("%.1f / %.1f / %.1f ms", sorted.get(150) / 1000.0,
                        sorted.get(284) / 1000.0, sorted.get(299) / 1000.0)).append(" |\n\n");
    }

    private void listAndStatistics(long committee, BenchmarkClient client) throws Exception {
        List<Long> members = jdbc.sql("select id from member where committee_id = ? order by id limit 150").param(committee).query(Long.class).list();
        Random random = new Random(400);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        long t0 = System.nanoTime();
        String[] types = {"RESEARCH", "INSPECTION", "THEMATIC_CONSULTATION", "STUDIO", "TRAINING", "SECTOR_ACTIVITY", "SUPERVISION", "READING"};
        for (int year = 2016; year <= 2025; year++) {
            for (int i = 0; i < 400; i++) {
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
                Timestamp starts = Timestamp.from(day.atTime(9, 0).atZone(zone).toInstant());
                Timestamp ends = Timestamp.from(day.atTime(12, 0).atZone(zone).toInstant());
                long activity = jdbc.sql("""
                        insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, place,
                               checkin_secret, checkin_opens_at, checkin_closes_at, created_by)
                        values (?, ?, ?, 'OFFICE', '研究室', ?, ?, '会议室', 's', ?, ?, 'staff') returning id""")
                        .params(committee, "基准活动 " + year + "-" + i, types[random.nextInt(types.length)], starts, ends, starts, ends)
                        .query(Long.class).single();
                int invited = 10 + random.nextInt(20);
                int offset = random.nextInt(members.size() - invited);
                for (int k = 0; k < invited; k++) {
                    long m = members.get(offset + k);
                    int roll = random.nextInt(10);
                    jdbc.sql("insert into activity_invitee (activity_id, member_id, response) values (?, ?, ?)")
                            .params(activity, m, roll == 0 ? "LEAVE_APPROVED" : "INVITED").update();
                    if (roll > 1) {
                        jdbc.sql("insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by) values (?, ?, 'PRESENT', 'CODE', ?, 'bench')")
                                .params(activity, m, starts).update();
                    }
                }
                if (random.nextInt(4) == 0) {
                    jdbc.sql("insert into activity_output (committee_id, activity_id, kind, title, recorded_by) values (?, ?, 'RESEARCH_REPORT', '调研报告', 'staff')")
                            .params(committee, activity).update();
                }
            }
        }
        jdbc.sql("analyze").update();
        long total = jdbc.sql("select count(*) from activity where committee_id = ?").param(committee).query(Long.class).single();
        client.report.append("## Activity list and statistics with ").append(total).append(" activities (10 years × 400, ~80,000 invitations, generated in ")
                .append((System.nanoTime() - t0) / 1_000_000_000).append(" s)\n\n| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        client.login("staff", "Demo@2026");
        client.time("activity list, first page", "/activities", 10, 100);
        client.time("activity list, year 2025", "/activities?year=2025", 10, 100);
        client.time("activity list, type + year", "/activities?type=RESEARCH&year=2020", 10, 100);
        client.time("statistics, year 2025", "/activity-statistics?year=2025", 5, 30);
        client.time("statistics, ten years", "/activity-statistics?from=2016-01-01&to=2025-12-31", 3, 10);
    }
}
