package cn.tongxin.reading;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.support.Api;

/** Reading groups and notes made through the API for a test: a fresh group of the city with "member" as its 领读人. */
final class ReadingFixtures {

    private final Api api;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReadingFixtures(Api api, JdbcClient jdbc, Clock clock) {
        this.api = api;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    /** A new group of the city, "member" its 领读人 (plus the given users as readers). */
    long group(String... readers) throws Exception {
        long id = ((Number) api.read(api.post("staff", "/api/v1/reading/groups", """
                {"name":"读书群%s","description":"测试用"}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(status().isCreated()), "$.id")).longValue();
        api.post("staff", "/api/v1/reading/groups/" + id + "/members", """
                {"memberId":%d,"role":"LEADER"}""".formatted(memberId("member"))).andExpect(status().isOk());
        for (String reader : readers) {
            api.post("staff", "/api/v1/reading/groups/" + id + "/members", """
                    {"memberId":%d,"role":"READER"}""".formatted(memberId(reader))).andExpect(status().isOk());
        }
        return id;
    }

    long note(String user, long group, String book, String text) throws Exception {
        return ((Number) api.read(api.post(user, "/api/v1/reading/groups/" + group + "/notes", """
                {"requestKey":"%s","book":"%s","text":"%s","readOn":"%s"}""".formatted(UUID.randomUUID(), book, text, today().minusDays(1)))
                .andExpect(status().isCreated()), "$.id")).longValue();
    }
}
