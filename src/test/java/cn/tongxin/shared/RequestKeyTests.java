package cn.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * A create retried with the same request key (a client that timed out, a double submit, two at once) answers with
 * what the first one created — the same status and record, never 409; a different body under the same key is 422.
 * Checked for every family that takes a request key: proposals, micro-suggestions, opinion reports, performance entries.
 */
@IntegrationTest
class RequestKeyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    /** One family: who creates, where, a body for a key and a title, and where the new id is in the answer. */
    record Family(String user, String path, String body, String idPath, String table) {
        String with(String key, String title) {
            return body.formatted(key, title);
        }
    }

    private List<Family> families() {
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        return List.of(
                new Family("member", "/api/v1/proposals", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"正文，建议如下\",\"category\":\"ECONOMY\"}",
                        "$.proposal.id", "proposal"),
                new Family("member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\",\"place\":\"路口\"}",
                        "$.suggestion.id", "micro_suggestion"),
                new Family("member", "/api/v1/opinions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"情况反映\",\"category\":\"SOCIETY\"}",
                        "$.report.id", "opinion_report"),
                new Family("staff", "/api/v1/performance/entries", "{\"requestKey\":\"%s\",\"memberId\":" + member
                        + ",\"happenedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"kind\":\"TRAINING\",\"title\":\"%s\"}",
                        "$.entry.id", "performance_entry"));
    }

    private MockHttpServletResponse send(Family f, String token, String body) throws Exception {
        return mvc.perform(post(f.path()).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private static long id(Family f, MockHttpServletResponse response) throws Exception {
        return ((Number) JsonPath.read(response.getContentAsString(), f.idPath())).longValue();
    }

    private long rows(Family f, String key) {
        return jdbc.sql("select count(*) from " + f.table() + " where request_key = ?").param(key).query(Long.class).single();
    }

    @Test
    void aRetryWithTheSameKeyAnswersWithTheRecordTheFirstCreated() throws Exception {
        for (Family f : families()) {
            String token = api.token(f.user());
            String key = UUID.randomUUID().toString();
            var first = send(f, token, f.with(key, "重试测试"));
            assertThat(first.getStatus()).as(f.path()).isEqualTo(201);
            var retry = send(f, token, f.with(key, "重试测试"));
            assertThat(retry.getStatus()).as(f.path()).isEqualTo(201);
            assertThat(id(f, retry)).as(f.path()).isEqualTo(id(f, first));
            assertThat(rows(f, key)).as(f.path()).isEqualTo(1);
        }
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() throws Exception {
        for (Family f : families()) {
            String token = api.token(f.user());
            String key = UUID.randomUUID().toString();
            assertThat(send(f, token, f.with(key, "原来的标题")).getStatus()).as(f.path()).isEqualTo(201);
            var other = send(f, token, f.with(key, "另一个标题"));
            assertThat(other.getStatus()).as(f.path()).isEqualTo(422);
            assertThat(other.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("已用于内容不同的提交");
            assertThat(rows(f, key)).as(f.path()).isEqualTo(1);
        }
    }

    @Test
    void anotherUsersKeyIsNotAnsweredWithTheirRecord() throws Exception {
        Family f = families().get(1);
        String key = UUID.randomUUID().toString();
        assertThat(send(f, api.token("member"), f.with(key, "本人的建议")).getStatus()).isEqualTo(201);
        var other = send(f, api.token("member2"), f.with(key, "本人的建议"));
        assertThat(other.getStatus()).isEqualTo(409);
        assertThat(other.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("本人的建议");
    }

    @Test
    void concurrentPairsWithOneKeyCreateOnceAndBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Family f : families()) {
                String token = api.token(f.user());
                for (int pair = 0; pair < 8; pair++) {
                    String key = UUID.randomUUID().toString();
                    String body = f.with(key, "并发重试" + pair);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<MockHttpServletResponse>> both = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        both.add(pool.submit(() -> {
                            start.await();
                            return send(f, token, body);
                        }));
                    }
                    start.countDown();
                    var a = both.get(0).get();
                    var b = both.get(1).get();
                    assertThat(List.of(a.getStatus(), b.getStatus())).as(f.path() + " " + b.getContentAsString()).containsOnly(201);
                    assertThat(id(f, a)).as(f.path()).isEqualTo(id(f, b));
                    assertThat(rows(f, key)).as(f.path()).isEqualTo(1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
