package cn.tongxin.search;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.search.internal.SearchDocument;
import cn.tongxin.search.internal.SearchIndex;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;

/**
 * Benchmark, not a test: search at province scale. On the province ProvinceBenchmark leaves with
 * {@code -Dprovince.keep=true} (140 committees; about 290,000 proposals and 1,000,000 opinion reports), every proposal
 * and opinion report of every committee gets a search document with realistic text (the province's own records carry
 * one-word texts; sentences here are recombined from search/unit-history.tsv, proposals about 8 sentences, reports 3–4),
 * written through the index's batch path on two threads; then, as the demo city's staff and one of its members over
 * the API: a common word, a phrase, a rare word, a common word with facets, two words, and similar proposals while
 * drafting; and the real rebuild of the demo city's index from its records. Writes target/benchmarks/search-province.md.
 * <p>
 * Run: {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ProvinceSearchBenchmark}
 * ({@code -Dsearch.reload=true} writes the documents again when they are there already).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "tongxin.database.embedded.data-dir=${province.data-dir:target/province-postgres}",
        "tongxin.database.embedded.clean=false",
        "tongxin.database.embedded.database=province",
        "tongxin.search.rebuild-when-empty=false"})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(cn.tongxin.support.ContainerSessionsForMockMvc.class)
class ProvinceSearchBenchmark {

    private static final String RARE = "古籍修复";
    private static final String[] CATEGORIES = {"经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设", "其他"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RebuildIndex rebuild;
    @Autowired
    org.flywaydb.core.Flyway flyway;

    private record Row(SubjectType type, long id, long committeeId, LocalDate on, String category, String status, long accountId) {
    }

    @Test
    void measure() throws Exception {
        long demo = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        StringBuilder md = new StringBuilder("# Search at province scale\n\n");
        long proposals = jdbc.sql("select count(*) from proposal where status <> 'WITHDRAWN'").query(Long.class).single();
        long reports = jdbc.sql("select count(*) from opinion_report").query(Long.class).single();
        long committees = jdbc.sql("select count(*) from committee").query(Long.class).single();
        md.append(String.format(Locale.ROOT, "%d committees, %,d proposals, %,d opinion reports.%n%n", committees, proposals, reports));

        // the demo city's index rebuilt from its records (the administrator's command), before the generated texts
        RebuildIndex.Result rebuilt = rebuild.committee(demo);
        md.append(String.format(Locale.ROOT, "Rebuild of the demo city's index from its records (`RebuildIndex`): %,d documents in %.1f s "
                + "(%.2f ms each, reading the records included).%n%n", rebuilt.documents(), rebuilt.millis() / 1000.0,
                rebuilt.millis() / (double) Math.max(1, rebuilt.documents())));

        long generated = jdbc.sql("select count(*) from search_document where body like '%。%'").query(Long.class).single();
        if (generated < (proposals + reports) * 9 / 10 || Boolean.getBoolean("search.reload")) {
            md.append(load(null));
        } else {
            md.append(String.format(Locale.ROOT, "Documents with generated texts already there: %,d.%n%n", generated));
            load(demo); // the rebuild above wrote the demo city's records' own (one-word) texts
        }
        jdbc.sql("analyze search_document").update();
        jdbc.sql("analyze search_word_count").update();
        long all = jdbc.sql("select count(*) from search_document").query(Long.class).single();
        long own = jdbc.sql("select count(*) from search_document where committee_id = ?").param(demo).query(Long.class).single();
        String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('search_document'))").query(String.class).single();
        String counts = jdbc.sql("select pg_size_pretty(pg_total_relation_size('search_word_count'))").query(String.class).single();
        md.append(String.format(Locale.ROOT, "Index: %,d documents (%s with its GIN indexes), %,d of them the demo city's; word counts %s.%n%n",
                all, size, own, counts));

        Api api = new Api(mvc);
        md.append("| request (demo city) | as | hits | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        for (String user : List.of("staff", "member")) {
            for (String q : List.of("养老", "智慧养老平台", RARE, "养老&kind=PROPOSAL&year=2024", "充电桩 停车")) {
                String path = "/api/v1/search?q=" + q;
                long hits = ((Number) api.read(api.get(user, path).andExpect(status().isOk()), "$.total")).longValue();
                md.append(row("search " + q, user, hits, time(() -> api.get(user, path).andExpect(status().isOk()))));
            }
        }
        String draft = """
                {"title":"关于完善社区居家养老服务的建议","text":"社区居家养老服务中心覆盖不足，养老护理员队伍短缺，失能老人长期照护压力大。建议加大政策支持，推进医养结合，建设智慧养老平台。"}""";
        md.append(row("similar proposals (drafting)", "member", -1,
                time(() -> api.post("member", "/api/v1/search/similar-proposals", draft).andExpect(status().isOk()))));
        md.append(row("similar proposals (review)", "staff", -1,
                time(() -> api.post("staff", "/api/v1/search/similar-proposals", draft).andExpect(status().isOk()))));
        Path out = Path.of("target/benchmarks/search-province.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    /** Every proposal and opinion report of the province gets its document; two threads cut and write batches of 500. */
    private String load(Long committee) throws Exception {
        List<String[]> texts = texts();
        long t0 = System.nanoTime();
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource()); // the indexes' owner (ADR 011)
        if (committee == null) {
            owner.sql("drop index if exists search_document_grams_ix").update();
            owner.sql("drop index if exists search_document_words_ix").update();
        }
        long written = 0;
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (SubjectType type : List.of(SubjectType.PROPOSAL, SubjectType.OPINION_REPORT)) {
                long after = 0;
                while (true) {
                    List<Row> rows = rows(type, committee, after, 500);
                    if (rows.isEmpty()) {
                        break;
                    }
                    after = rows.getLast().id();
                    written += rows.size();
                    long seed = after;
                    pending.add(workers.submit(() -> transactions.executeWithoutResult(tx ->
                            index.write(rows.stream().map(r -> index.prepare(document(r, texts, new Random(seed + r.id())))).toList()))));
                    if (pending.size() >= 4) {
                        pending.removeFirst().get();
                    }
                }
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }
        double writing = (System.nanoTime() - t0) / 1e9;
        if (committee != null) {
            return "";
        }
        long t1 = System.nanoTime();
        owner.sql("create index search_document_grams_ix on search_document using gin (grams)").update();
        owner.sql("create index search_document_words_ix on search_document using gin (words)").update();
        double indexing = (System.nanoTime() - t1) / 1e9;
        String line = String.format(Locale.ROOT, "Generated documents written: %,d in %.0f s on two threads (%.2f ms each: cutting, both "
                + "vectors, word counts), then the two GIN indexes built in %.0f s.%n%n", written, writing, writing * 1000 / written, indexing);
        System.out.print(line);
        return line;
    }

    private List<Row> rows(SubjectType type, Long committee, long after, int limit) {
        String sql = type == SubjectType.PROPOSAL ? """
                select id, committee_id, coalesce(received_on, (submitted_at at time zone 'Asia/Shanghai')::date) as happened_on,
                       category, status, 0 as account_id
                  from proposal where id > ? and status not in ('WITHDRAWN', 'DRAFT') and (cast(? as bigint) is null or committee_id = ?)
                 order by id limit ?""" : """
                select id, committee_id, coalesce(received_on, (submitted_at at time zone 'Asia/Shanghai')::date) as happened_on,
                       category, status, coalesce(submitter_account_id, 0) as account_id
                  from opinion_report where id > ? and (cast(? as bigint) is null or committee_id = ?) order by id limit ?""";
        return jdbc.sql(sql).params(after, committee, committee, limit).query((rs, n) -> new Row(type, rs.getLong("id"), rs.getLong("committee_id"),
                rs.getObject("happened_on", LocalDate.class), rs.getString("category"), rs.getString("status"), rs.getLong("account_id"))).list();
    }

    private static SearchDocument document(Row r, List<String[]> texts, Random random) {
        String[] a = texts.get(random.nextInt(texts.size()));
        String[] b = texts.get(random.nextInt(texts.size()));
        List<String> sentences = new ArrayList<>(Arrays.asList((a[3] + b[3]).split("。")));
        Collections.shuffle(sentences, random);
        boolean proposal = r.type() == SubjectType.PROPOSAL;
        int n = proposal ? 8 : 3 + random.nextInt(2);
        String body = String.join("。", sentences.subList(0, Math.min(n, sentences.size()))) + "。" + (r.id() % 5000 == 0 ? "建议加强" + RARE + "人才培养。" : "");
        String title = proposal ? a[2] : "关于" + a[2].replaceFirst("^关于", "").replaceFirst("的建议$", "") + "的情况反映";
        int category = Math.floorMod(r.category() == null ? 0 : r.category().hashCode(), CATEGORIES.length);
        var visibility = proposal
                ? new SearchDocument.Visibility(true, !"NOT_FILED".equals(r.status()), List.of(), List.of(), List.of())
                : new SearchDocument.Visibility(true, false, List.of(), List.of(), r.accountId() == 0 ? List.of() : List.of(r.accountId()));
        return new SearchDocument(SubjectRef.of(r.type(), r.id()), r.committeeId(), r.on(), CATEGORIES[category], r.status(),
                proposal ? List.of(a[1]) : List.of(), proposal ? "第" + r.id() + "号" : null, proposal ? "A" : null, title, body, "", visibility);
    }

    private List<String[]> texts() throws Exception {
        List<String[]> texts = new ArrayList<>();
        var in = getClass().getClassLoader().getResourceAsStream("search/unit-history.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                texts.add(line.split("\t"));
            }
        }
        return texts;
    }

    interface Call {
        void run() throws Exception;
    }

    static double[] time(Call call) throws Exception {
        for (int i = 0; i < 10; i++) {
            call.run();
        }
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static String row(String name, String user, long hits, double[] ms) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f |%n", name, user, hits < 0 ? "—" : String.valueOf(hits),
                ms[ms.length / 2], ms[94], ms[98], ms[ms.length - 1]);
    }
}
