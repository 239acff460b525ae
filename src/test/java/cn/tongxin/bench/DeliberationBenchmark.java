package cn.tongxin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.account.RunAs;
import cn.tongxin.deliberation.Audience;
import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.ManageTopics;
import cn.tongxin.deliberation.TopicForm;
import cn.tongxin.deliberation.TopicKind;

/**
 * Benchmark, not a test: (1) the public topic page of a topic with 5,000 comments (4,000 threads, 1,000 replies, half
 * of those in a thread that has a reply already answering that reply; some hidden, some held), anonymous over real
 * HTTP; (2) 200 concurrent citizens polling that topic's live endpoint every 2 s for 30 s while a member comments every
 * second, then (3) the same 200 polling back to back for 10 s. Errors are any
 * answer but 200/204. Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=DeliberationBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliberationBenchmark {

    private static final Pattern SINCE = Pattern.compile("since=(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    ManageTopics topics;
    @Autowired
    CommentOnTopics comments;

    @Test
    void measure() throws Exception {
        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long activity = jdbc.sql("select id from activity where committee_id = ? and type = 'THEMATIC_CONSULTATION' order by id limit 1")
                .param(city).query(Long.class).single();
        LocalDateTime now = LocalDateTime.now();
        long topic = runAs.user("staff", () -> topics.create(new TopicForm(TopicKind.CONSULTATION, activity, "基准议题：5,000 条留言",
                "背景", "问题", Audience.PUBLIC, now.minusDays(1), now.plusDays(7), true, false, 5)));
        long t0 = System.nanoTime();
        seed(city, topic);
        var client = new BenchmarkClient(port, "Online deliberation: public topic page and live polling");
        StringBuilder report = client.report;
        report.append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL, HTTP on loopback, anonymous (the portal). 5,000 comments seeded in ")
                .append((System.nanoTime() - t0) / 1_000_000).append(" ms.\n\n| page | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        String path = "/public/shili/topics/" + topic;
        client.time("public topic page (newest 20 threads)", path, 30, 300);
        long middle = jdbc.sql("select id from deliberation_comment where topic_id = ? and parent_id is null order by id offset 2000 limit 1")
                .param(topic).query(Long.class).single();
        client.time("public topic page, earlier threads (keyset)", path + "?before=" + middle, 30, 300);
        long version = jdbc.sql("select version from deliberation_live where topic_id = ?").param(topic).query(Long.class).single();
        idlePolls(client, path + "/live?since=" + version);
        report.append('\n');
        pollers(client, path, version, 200, 2000, 30, true);
        pollers(client, path, jdbc.sql("select version from deliberation_live where topic_id = ?").param(topic).query(Long.class).single(),
                200, 0, 10, false);
        client.write("deliberation.md");
    }

    /** 5,000 comments straight into the tables (the use cases are what the pollers' writer exercises). */
    private void seed(long city, long topic) {
        Random random = new Random(16);
        List<Long> heads = new ArrayList<>();
        java.util.Map<Long, List<long[]>> threadReplies = new java.util.HashMap<>(); // head → [reply id, author number]
        long version = 0;
        int published = 0;
        for (int i = 0; i < 5000; i++) {
            boolean reply = i >= 4000;
            Long parent = reply ? heads.get(random.nextInt(heads.size())) : null;
            // half the replies answer an earlier reply of their thread ("回复 @某某", flattened into the thread)
            List<long[]> earlier = parent == null ? List.of() : threadReplies.getOrDefault(parent, List.of());
            long[] answered = !earlier.isEmpty() && random.nextBoolean() ? earlier.get(random.nextInt(earlier.size())) : null;
            int roll = random.nextInt(100);
            String status = roll < 90 ? "PUBLISHED" : roll < 95 ? "HIDDEN" : "PENDING";
            version++;
            long id = jdbc.sql("""
                    insert into deliberation_comment (committee_id, topic_id, parent_id, reply_to_id, reply_to_name, author_kind, author_name,
                           text, status, reason, written_at, created_version, shown_version, changed_version)
                    values (?, ?, ?, ?, ?, 'CITIZEN', ?, ?, ?, ?, now() - make_interval(mins => ?), ?, ?, ?) returning id""")
                    .params(city, topic, parent, answered == null ? null : answered[0], answered == null ? null : "网友" + answered[1], "网友" + i, "第" + i + "条留言：建议进一步优化营商环境，简化审批流程，提高政务服务效率。".repeat(1 + random.nextInt(3)),
                            status, status.equals("HIDDEN") ? "与议题无关" : null, 5000 - i, version,
                            status.equals("PENDING") ? null : version, version)
                    .query(Long.class).single();
            if (!reply) {
                heads.add(id);
            } else {
                threadReplies.computeIfAbsent(parent, h -> new ArrayList<>()).add(new long[]{id, i});
                if (!status.equals("PENDING")) {
                    jdbc.sql("update deliberation_comment set reply_count = reply_count + 1 where id = ? or id = ?")
                            .params(parent, answered == null ? parent : answered[0]).update();
                }
            }
            if (status.equals("PUBLISHED")) {
                published++;
            }
        }
        jdbc.sql("update deliberation_live set version = ?, comments = ? where topic_id = ?").params(version, published, topic).update();
        jdbc.sql("analyze deliberation_comment").update();
    }

    /** One client's polls with nothing new (204), one after another. */
    private void idlePolls(BenchmarkClient client, String path) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 330; i++) {
            long s = System.nanoTime();
            var response = client.http().send(client.request(path).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                throw new IllegalStateException(path + " → " + response.statusCode());
            }
            if (i >= 30) {
                micros.add((System.nanoTime() - s) / 1000);
            }
        }
        var stats = BenchmarkClient.Stats.of(micros, 0, 0);
        client.report.append("| idle poll, nothing new (204) | ").append(stats.p50ms()).append(" | ").append(stats.p95ms()).append(" | ")
                .append(stats.maxms()).append(" |\n");
    }

    /**
     * {@code clients} citizens poll from the version they hold, every {@code everyMillis} (0: back to back), for
     * {@code seconds}; a member comments every second meanwhile when {@code writing}.
     */
    private void pollers(BenchmarkClient client, String path, long version, int clients, long everyMillis, int seconds, boolean writing)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger written = new AtomicInteger();
        Thread writer = Thread.ofVirtual().start(() -> {
            long topic = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            while (writing && System.nanoTime() < end) {
                runAs.user("member", () -> comments.asMember(topic, null, "压测期间的新留言 " + written.incrementAndGet()));
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                long offset = everyMillis == 0 ? 0 : (long) (everyMillis * (c / (double) clients));
                pool.submit(() -> {
                    long since = version;
                    Thread.sleep(offset);
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        try {
                            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/live?since=" + since))
                                    .header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
                            micros.add((System.nanoTime() - s) / 1000);
                            if (response.statusCode() == 204) {
                                ok.incrementAndGet();
                            } else if (response.statusCode() == 200) {
                                ok.incrementAndGet();
                                changed.incrementAndGet();
                                var m = SINCE.matcher(response.body());
                                if (m.find()) {
                                    since = Long.parseLong(m.group(1));
                                }
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (everyMillis > 0) {
                            Thread.sleep(Math.max(0, everyMillis - (System.nanoTime() - s) / 1_000_000));
                        }
                    }
                    return null;
                });
            }
        }
        writer.join();
        var stats = BenchmarkClient.Stats.of(micros, micros.size() / (double) seconds, errors.get());
        client.report.append("## ").append(clients).append(" concurrent pollers, ")
                .append(everyMillis == 0 ? "back to back" : "each every " + everyMillis / 1000 + " s").append(", ").append(seconds).append(" s")
                .append(writing ? ", a member commenting every second (" + written.get() + " comments)" : "").append("\n\n")
                .append("| polls | with changes | errors | polls/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n")
                .append("| ").append(stats.count()).append(" | ").append(changed.get()).append(" | ").append(errors.get()).append(" | ")
                .append(String.format("%.0f", stats.perSecond())).append(" | ").append(stats.p50ms()).append(" | ").append(stats.p95ms())
                .append(" | ").append(stats.p99ms()).append(" | ").append(stats.maxms()).append(" |\n\n");
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " polls failed");
        }
    }
}
