package cn.tongxin.bench;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: 书香政协 with 100,000 reading notes in one committee (示例市政协: 21 groups, the largest with
 * 30,000 notes; ~150,000 likes and 20,000 comments), generated set-based in SQL. Measures over real HTTP as a logged-in
 * member: a group's page (newest 20 with like and comment counts), the same deep in the list (keyset {@code before=}),
 * the API's page of notes, and a member's notes. Run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ReadingBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadingBenchmark {

    private static final int NOTES = 100_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long t0 = System.nanoTime();
        long big = seed(city);
        long seeded = (System.nanoTime() - t0) / 1_000_000;
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        long memberNotes = jdbc.sql("select count(*) from reading_note where member_id = ? and status = 'PUBLISHED'").param(member)
                .query(Long.class).single();
        long bigNotes = jdbc.sql("select count(*) from reading_note where group_id = ?").param(big).query(Long.class).single();
        var client = new BenchmarkClient(port, "书香政协: a group's page and a member's notes with 100,000 notes");
        StringBuilder report = client.report;
        report.append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL, HTTP on loopback, logged in as a member. ")
                .append(jdbc.sql("select count(*) from reading_note where committee_id = ?").param(city).query(Long.class).single())
                .append(" notes in the committee (the measured group ").append(bigNotes).append(", the member ").append(memberNotes)
                .append("), ").append(jdbc.sql("select count(*) from reading_like").query(Long.class).single()).append(" likes, ")
                .append(jdbc.sql("select count(*) from reading_comment").query(Long.class).single()).append(" comments; seeded in ")
                .append(seeded).append(" ms.\n\n| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        client.login("member", "Demo@2026");
        String deepGroup = cursor("group_id = ?", big, 15_000);
        String deepMember = cursor("member_id = ?", member, memberNotes / 2);
        client.time("group page, newest 20 notes (HTML)", "/reading/groups/" + big, 30, 300);
        client.time("group page, 15,000 notes deep (keyset)", "/reading/groups/" + big + "?before=" + deepGroup, 30, 300);
        var api = new BenchmarkClient(port, "api");
        api.useToken("member", "Demo@2026");
        row(report, "group notes API, newest 20 (JSON, API token)", api.measure("/api/v1/reading/groups/" + big + "/notes", 30, 300));
        client.time("member's notes, newest 20 (HTML)", "/reading/members/" + member, 30, 300);
        client.time("member's notes, half-way deep (keyset)", "/reading/members/" + member + "?before=" + deepMember, 30, 300);
        client.time("a note with its comments", "/reading/notes/" + jdbc.sql("select note_id from reading_comment group by note_id"
                + " order by count(*) desc limit 1").query(Long.class).single(), 30, 300);
        client.time("the groups list (21 groups)", "/reading", 10, 100);
        var staff = new BenchmarkClient(port, "staff");
        staff.login("staff", "Demo@2026");
        row(report, "statistics of the year (office; all groups and members)", staff.measure("/reading/statistics", 5, 50));
        report.append("\nQuery plan of the group page (first page):\n\n```\n");
        plan(city, big).forEach(line -> report.append(line).append('\n'));
        report.append("```\n");
        client.write("reading.md");
    }

    private static void row(StringBuilder report, String label, BenchmarkClient.Stats stats) {
        report.append("| ").append(label).append(" | ").append(stats.p50ms()).append(" | ").append(stats.p95ms()).append(" | ")
                .append(stats.maxms()).append(" |\n");
    }

    /** 21 groups of the city's members, notes spread over the last two years' days, likes and comments: all in SQL. */
    private long seed(long city) {
        List<Long> members = jdbc.sql("select id from member where committee_id = ? and status = 'ACTIVE' order by id").param(city)
                .query(Long.class).list();
        jdbc.sql("""
                insert into reading_group (committee_id, name, description, created_by)
                select ?, '基准读书群' || g, '基准', 'bench' from generate_series(1, 21) g""").param(city).update();
        List<Long> groups = jdbc.sql("select id from reading_group where committee_id = ? and name like '基准读书群%' order by id").param(city)
                .query(Long.class).list();
        Long[] groupIds = groups.toArray(Long[]::new);
        Long[] memberIds = members.toArray(Long[]::new);
        // every member in three groups; the first group (30 % of the notes) has everyone
        jdbc.sql("""
                insert into reading_group_member (group_id, member_id, committee_id, role)
                select g.id, m.id, ?, 'READER' from unnest(?::bigint[]) with ordinality m(id, i)
                  join unnest(?::bigint[]) with ordinality g(id, j) on g.j = 1 or (m.i + g.j) % 7 = 0
                on conflict do nothing""").params(city, memberIds, groupIds).update();
        jdbc.sql("""
                insert into reading_note (committee_id, group_id, member_id, author_name, book, text, read_on, status, created_by, created_at)
                select ?, case when s % 10 < 3 then (?::bigint[])[1] else (?::bigint[])[2 + s % 20] end,
                       (?::bigint[])[1 + (s * 7919) % cardinality(?::bigint[])], '委员' || (s % 150),
                       '书目' || (s % 500), repeat('读书感悟，学而时习之。', 5 + s % 30), current_date - (s % 700),
                       'PUBLISHED', 'bench', now() - make_interval(secs => (? - s) * 600)
                  from generate_series(1, ?) s""")
                .params(city, groupIds, groupIds, memberIds, memberIds, NOTES, NOTES).update();
        List<Long> users = jdbc.sql("select id from user_account where committee_id = ? order by id limit 6").param(city).query(Long.class).list();
        jdbc.sql("""
                insert into reading_like (note_id, user_id)
                select n.id, u.id from reading_note n join unnest(?::bigint[]) with ordinality u(id, k) on k <= 1 + n.id % 3
                 where n.committee_id = ? and n.created_by = 'bench' and n.id % 2 = 0""")
                .params(users.toArray(Long[]::new), city).update();
        jdbc.sql("""
                insert into reading_comment (committee_id, note_id, user_id, author_name, text, status)
                select ?, n.id, ?, '委员', '同感，谢谢分享。', case when n.id % 20 = 0 then 'HIDDEN' else 'APPROVED' end
                  from reading_note n, generate_series(1, 2) c where n.committee_id = ? and n.created_by = 'bench' and n.id % 10 = 0""")
                .params(city, users.getFirst(), city).update();
        jdbc.sql("analyze reading_note").update();
        jdbc.sql("analyze reading_like").update();
        jdbc.sql("analyze reading_comment").update();
        return groups.getFirst();
    }

    /** The cursor after {@code offset} notes of a group or a member, as the page's link writes it. */
    private String cursor(String owner, long id, long offset) {
        return jdbc.sql("select (extract(epoch from created_at) * 1000000)::bigint || '.' || id from reading_note where " + owner
                        + " and status = 'PUBLISHED' order by created_at desc, id desc offset ? limit 1")
                .params(id, offset).query(String.class).single();
    }

    private List<String> plan(long city, long group) {
        return jdbc.sql("""
                explain (analyze, costs off, timing off, summary on)
                select n.id, (select count(*) from reading_like l where l.note_id = n.id) as likes,
                       (select count(*) from reading_comment c where c.note_id = n.id and c.status = 'APPROVED') as comments
                  from reading_note n where n.committee_id = ? and n.group_id = ? and n.status = 'PUBLISHED'
                 order by n.created_at desc, n.id desc limit 21""").params(city, group).query(String.class).list();
    }
}
