package cn.tongxin.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: the report list and the statistics of a committee with 10 years × 1,500 public-opinion
 * reports (with authors, edited items, bulletins and outcomes), over real HTTP.
 * Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=OpinionBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpinionBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long account = jdbc.sql("select id from user_account where username = 'correspondent'").query(Long.class).single();
        List<Long> members = jdbc.sql("select id from member where committee_id = ? order by id limit 120").param(committee).query(Long.class).list();
        long t0 = System.nanoTime();
        Random random = new Random(15);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        for (int year = 2016; year <= 2025; year++) {
            int bulletinNumber = 0;
            Long bulletin = null;
            for (int i = 0; i < 1500; i++) {
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
                int roll = random.nextInt(100);
                String status = roll < 18 ? "ISSUED" : roll < 30 ? "ARCHIVED" : roll < 35 ? "RETURNED" : roll < 40 ? "EDITED" : "SUBMITTED";
                Long item = null;
                if (status.equals("ISSUED") || status.equals("EDITED")) {
                    item = jdbc.sql("""
                            insert into opinion_item (committee_id, title, original_text, edited_text, edited_by, edited_at, issued)
                            values (?, ?, '原文', '编辑稿', 'staff', ?, ?) returning id""")
                            .params(committee, "编辑稿" + year + "-" + i, Timestamp.from(day.atStartOfDay(zone).toInstant()), status.equals("ISSUED"))
                            .query(Long.class).single();
                    if (status.equals("ISSUED")) {
                        if (bulletin == null || random.nextInt(2) == 0) {
                            bulletin = jdbc.sql("""
                                    insert into bulletin (committee_id, year, number, title, recipients, issued_on, status, created_by)
                                    values (?, ?, ?, '期刊', '市委、市政府', ?, 'ISSUED', 'staff') returning id""")
                                    .params(committee, year, ++bulletinNumber, day).query(Long.class).single();
                        }
                        jdbc.sql("insert into bulletin_item (bulletin_id, item_id, position) values (?, ?, 1)").params(bulletin, item).update();
                        if (random.nextInt(10) == 0) {
                            jdbc.sql("""
                                    insert into outcome_adoption (committee_id, subject_type, subject_id, level, adopted_on, recorded_by)
                                    values (?, 'OPINION_ITEM', ?, ?, ?, 'staff')""")
                                    .params(committee, item, List.of("CITY_CPPCC", "CITY_PARTY_GOVERNMENT", "PROVINCIAL_CPPCC", "NATIONAL_CPPCC").get(random.nextInt(4)), day.plusDays(20))
                                    .update();
                        }
                        if (random.nextInt(15) == 0) {
                            jdbc.sql("""
                                    insert into outcome_instruction (committee_id, subject_type, subject_id, leader, level, instructed_on, text, recorded_by)
                                    values (?, 'OPINION_ITEM', ?, '某领导', 'CITY', ?, '请研究', 'staff')""").params(committee, item, day.plusDays(25)).update();
                        }
                    }
                }
                long report = jdbc.sql("""
                        insert into opinion_report (committee_id, request_key, status, title, body, category, source, submitter_account_id, submitted_at, item_id)
                        values (?, ?, ?, ?, '内容', 'SOCIETY', ?, ?, ?, ?) returning id""")
                        .params(committee, "bench-" + year + "-" + i, status, "社情民意 " + year + "-" + i,
                                List.of("MEMBER", "CORRESPONDENT", "PARTY_GROUP", "UNIT").get(random.nextInt(4)), account,
                                Timestamp.from(day.atTime(10, 0).atZone(zone).toInstant()), item)
                        .query(Long.class).single();
                long member = members.get(random.nextInt(members.size()));
                jdbc.sql("insert into opinion_author (report_id, position, member_id, name) values (?, 0, ?, ?)")
                        .params(report, member, "作者" + member).update();
            }
        }
        jdbc.sql("analyze").update();
        long total = jdbc.sql("select count(*) from opinion_report where committee_id = ?").param(committee).query(Long.class).single();
        var client = new BenchmarkClient(port, "Public-opinion report benchmark");
        client.report.append("Data: ").append(total).append(" reports in one committee (10 years × 1,500, generated in ")
                .append((System.nanoTime() - t0) / 1_000_000_000).append(" s) with authors, edited items, bulletins, adoptions and instructions. ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL 17, HTTP on loopback, logged-in staff session.\n\n")
                .append("| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        client.login("staff", "Demo@2026");
        client.time("report list, first page", "/opinions", 10, 100);
        client.time("report list, year 2025", "/opinions?year=2025", 10, 100);
        client.time("report list, title search", "/opinions?keyword=" + URLEncoder.encode("2020-14", StandardCharsets.UTF_8), 10, 100);
        client.time("report list, issued, page 50", "/opinions?status=ISSUED&page=50", 10, 100);
        client.time("statistics, year 2025", "/opinion-statistics?year=2025", 10, 50);
        client.time("statistics, ten years", "/opinion-statistics?from=2016-01-01&to=2025-12-31", 5, 20);
        client.write("opinions.md");
    }
}
