package cn.tongxin.bench;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.idev.excel.FastExcel;

/**
 * Benchmark, not a test: measures over real HTTP the roster import of 500 rows and the member list on a committee
 * with 5,000 members. Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=FoundationBenchmark}.
 * Figures go to target/benchmarks/foundation.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FoundationBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private BenchmarkClient client;
    private StringBuilder report;

    @Test
    void measure() throws Exception {
        client = new BenchmarkClient(port, "Foundation benchmark");
        report = client.report;
        client.login("staff", "Demo@2026");
        report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(", embedded PostgreSQL 17, over HTTP on loopback.\n\n");

        report.append("## Roster import, 500 rows (.xlsx over HTTP, all-or-nothing)\n\n| run | what | ms |\n|---|---|---|\n");
        for (int run = 1; run <= 5; run++) {
            byte[] file = roster(500, 7000);
            long t0 = System.nanoTime();
            String page = upload(file);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!page.contains("导入成功")) {
                throw new IllegalStateException("import failed");
            }
            report.append("| ").append(run).append(" | ").append(run == 1 ? "500 new" : "500 updated").append(" | ").append(ms).append(" |\n");
        }

        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        seedMembers(city, 5000);
        long total = jdbc.sql("select count(*) from member where committee_id = ?").param(city).query(Long.class).single();
        long sector = jdbc.sql("select sector_id from member where committee_id = ? group by sector_id order by count(*) desc limit 1")
                .param(city).query(Long.class).single();
        report.append("\n## Member list with ").append(total).append(" members (200 requests each after 30 warm-up)\n\n")
                .append("| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        client.time("first page", "/members", 30, 200);
        client.time("filtered by 界别", "/members?sectorId=" + sector, 30, 200);
        client.time("name search 王", "/members?name=" + URLEncoder.encode("王", StandardCharsets.UTF_8), 30, 200);
        client.time("last page", "/members?page=" + ((total + 19) / 20), 30, 200);
        client.time("界别 + 常委", "/members?standing=true&sectorId=" + sector, 30, 200);
        client.write("foundation.md");
    }

    private String upload(byte[] file) throws Exception {
        String token = BenchmarkClient.csrf(client.get("/members/import"));
        String boundary = "----tongxin" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.http().send(HttpRequest.newBuilder(client.uri("/members/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static byte[] roster(int count, int base) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList("基准委员" + i, i % 2 == 0 ? "男" : "女", "汉族", "1970-05-20", "民盟", "教育界",
                    "提案委员会", null, "某单位", String.format("152%04d%04d", base, i), "否", "第十三届", "在任"));
        }
        var out = new ByteArrayOutputStream();
        FastExcel.write(out).head(List.of("姓名", "性别", "民族", "出生日期", "党派", "界别", "专委会", "委员工作室",
                "工作单位及职务", "手机", "是否常委", "届次", "状态").stream().map(List::of).toList()).sheet("委员名册").doWrite(rows);
        return out.toByteArray();
    }

    private void seedMembers(long committee, int target) {
        jdbc.sql("""
                insert into member (committee_id, name, gender, ethnicity, sector_id, affiliation_id, special_committee_id,
                       employer_title, mobile, standing, term_id, status)
                select :c, (array['王','李','张','刘','陈','杨','赵','黄'])[1 + g % 8] || '委员' || g,
                       case when g % 3 = 0 then 'FEMALE' else 'MALE' end, '汉族',
                       (select id from org_unit where committee_id = :c and kind = 'SECTOR' order by id offset g % 35 limit 1),
                       (select id from org_unit where committee_id = :c and kind = 'PARTY' order by id offset g % 9 limit 1),
                       (select id from org_unit where committee_id = :c and kind = 'SPECIAL_COMMITTEE' order by id offset g % 10 limit 1),
                       '某单位职务', '159' || lpad(g::text, 8, '0'), g % 10 = 0,
                       (select id from term where committee_id = :c and is_current), 'ACTIVE'
                  from generate_series(1, greatest(0, :target - (select count(*) from member where committee_id = :c))) g""")
                .param("c", committee).param("target", target).update();
        jdbc.sql("analyze member").update();
    }
}
