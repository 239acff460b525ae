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

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.search.internal.SearchDocument;
import cn.tongxin.search.internal.SearchIndex;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Benchmark, not a test: one committee's index filled with {@code tongxin.bench.search.documents} generated proposals
 * (default 50,000, five years; texts recombined from unit-history.tsv), then search (a common word, a rarer phrase,
 * a rare word, a common word with a facet) and similar proposals through the API as staff. Writes
 * target/benchmarks/search.md. Run: {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SearchBenchmark}
 */
@Tag("benchmark")
@IntegrationTest
class SearchBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    TransactionTemplate transactions;
    @Value("${tongxin.bench.search.documents:50000}")
    int documents;

    @Test
    void measure() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        List<String[]> texts = new ArrayList<>();
        var in = getClass().getClassLoader().getResourceAsStream("search/unit-history.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                texts.add(line.split("\t"));
            }
        }
        String[] categories = {"经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"};
        Random random = new Random(15);
        long t0 = System.nanoTime();
        for (int from = 0; from < documents; from += 500) {
            int start = from;
            transactions.executeWithoutResult(tx -> {
                List<SearchDocument> batch = new ArrayList<>();
                for (int i = start; i < Math.min(documents, start + 500); i++) {
                    String[] a = texts.get(random.nextInt(texts.size()));
                    String[] b = texts.get(random.nextInt(texts.size()));
                    List<String> sentences = new ArrayList<>(Arrays.asList((a[3] + b[3]).split("。")));
                    Collections.shuffle(sentences, random);
                    String body = String.join("。", sentences.subList(0, Math.min(8, sentences.size()))) + "。";
                    batch.add(new SearchDocument(SubjectRef.of(SubjectType.PROPOSAL, 50_000_000L + i), committee,
                            LocalDate.of(2021 + i % 5, 1 + i % 12, 1), categories[i % categories.length], "已办结", List.of(a[1]),
                            "第" + i + "号", "A", a[2], body, "", new SearchDocument.Visibility(true, i % 3 != 0, List.of(), List.of(), List.of())));
                }
                index.putAll(batch);
            });
        }
        double perDocument = (System.nanoTime() - t0) / 1e6 / documents;
        jdbc.sql("analyze search_document").update();
        jdbc.sql("analyze search_word_count").update();

        Api api = new Api(mvc);
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%,d generated proposals in one committee (five years); writing a document (segmentation, both vectors, word counts): "
                        + "%.2f ms each (a rebuild of 300,000 ≈ %.0f s on one thread).%n%n| request | hits | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|%n",
                documents, perDocument, perDocument * 300_000 / 1000));
        for (String q : List.of("养老", "智慧养老平台", "古树名木保护", "养老&kind=PROPOSAL&year=2024", "充电桩 停车")) {
            String path = "/api/v1/search?q=" + q;
            long hits = ((Number) api.read(api.get("staff", path).andExpect(status().isOk()), "$.total")).longValue();
            md.append(row("search " + q, hits, time(() -> api.get("staff", path).andExpect(status().isOk()))));
        }
        String draft = """
                {"title":"关于完善社区居家养老服务的建议","text":"社区居家养老服务中心覆盖不足，养老护理员队伍短缺，失能老人长期照护压力大。建议加大政策支持，推进医养结合，建设智慧养老平台。"}""";
        md.append(row("similar proposals", -1, time(() -> api.post("staff", "/api/v1/search/similar-proposals", draft).andExpect(status().isOk()))));
        Path out = Path.of("target/benchmarks/search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    interface Call {
        void run() throws Exception;
    }

    static double[] time(Call call) throws Exception {
        for (int i = 0; i < 10; i++) {
            call.run();
        }
        double[] ms = new double[60];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static String row(String name, long hits, double[] ms) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f |%n", name, hits < 0 ? "—" : String.valueOf(hits),
                ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }
}
