package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * 入侵防范: failed logins are limited per client address and per user name across instances (table rate_limit), API
 * calls per token; over a limit the answer is 429 with a Chinese message and the attempt is not processed. The suite
 * runs with high limits (src/test/resources): a test fills a bucket up to its limit, as many failures would.
 */
@IntegrationTest
class RateLimitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Value("${tongxin.security.rate-limits.login-failures-per-address}")
    int perAddress;
    @Value("${tongxin.security.rate-limits.login-failures-per-name}")
    int perName;
    @Value("${tongxin.security.rate-limits.api-calls-per-minute}")
    int perMinute;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void fill(String bucket, int hits) {
        jdbc.sql("""
                insert into rate_limit (bucket, window_start, hits) values (?, date_trunc('minute', now()), ?)
                on conflict (bucket, window_start) do update set hits = excluded.hits""").params(bucket, hits).update();
    }

    private long hits(String bucket) {
        return jdbc.sql("select coalesce(sum(hits), 0) from rate_limit where bucket = ?").param(bucket).query(Long.class).single();
    }

    @Test
    void everyFailedLoginCountsForTheAddressAndTheNameEvenForUnknownNames() throws Exception {
        mvc.perform(post("/login").param("username", "spray_nobody").param("password", "wrong").with(csrf()).with(from("10.13.0.1")))
                .andExpect(status().is3xxRedirection());
        assertThat(hits("login-address:10.13.0.1")).isEqualTo(1);
        assertThat(hits("login-name:spray_nobody")).isEqualTo(1);
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsRefusedWith429AndNotProcessed() throws Exception {
        fill("login-address:10.13.0.2", perAddress - 1);
        mvc.perform(post("/login").param("username", "spray_a").param("password", "wrong").with(csrf()).with(from("10.13.0.2")))
                .andExpect(status().is3xxRedirection());
        // the limit is reached: even the right password of another account is not checked
        mvc.perform(post("/login").param("username", "leader").param("password", Logins.DEMO_PASSWORD).with(csrf()).with(from("10.13.0.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录尝试过于频繁")));
        assertThat(jdbc.sql("select count(*) from audit_log where remote_addr = '10.13.0.2' and detail = '登录尝试过于频繁，已拒绝'")
                .query(Long.class).single()).isEqualTo(1);
        // another address is not affected
        mvc.perform(post("/login").param("username", "leader").param("password", Logins.DEMO_PASSWORD).with(csrf()).with(from("10.13.0.3")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void oneNameGuessedFromManyAddressesIsRefusedWith429() throws Exception {
        fill("login-name:spray_target", perName);
        mvc.perform(post("/login").param("username", "spray_target").param("password", "wrong").with(csrf()).with(from("10.13.0.4")))
                .andExpect(status().isTooManyRequests());
        assertThat(hits("login-address:10.13.0.4")).as("a refused attempt is not processed").isZero();
    }

    @Test
    void theApiPasswordLoginAnswers429WithAChineseProblem() throws Exception {
        fill("login-address:10.13.0.5", perAddress);
        mvc.perform(post("/api/v1/auth/tokens").with(from("10.13.0.5")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"leader\",\"password\":\"%s\",\"name\":\"脚本\"}".formatted(Logins.DEMO_PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("次数过多")));
    }

    @Test
    void aTokenOverItsCallsOfTheMinuteAnswers429WhateverInstanceCounted() throws Exception {
        String token = Logins.newApiToken(mvc, "xs_leader");
        String bucket = "api-token:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // another instance has counted the rest of this minute's calls (and the next minute's, should it turn meanwhile)
        fill(bucket, perMinute);
        jdbc.sql("insert into rate_limit (bucket, window_start, hits) values (?, date_trunc('minute', now()) + interval '1 minute', ?)")
                .params(bucket, perMinute).update();
        int refusedAt = -1;
        for (int i = 0; i < 15 && refusedAt < 0; i++) {
            int code = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
            if (code == 429) {
                refusedAt = i;
            }
        }
        assertThat(refusedAt).as("refused within a batch of calls counted in memory").isBetween(0, 11);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("请求过于频繁"));
    }
}
