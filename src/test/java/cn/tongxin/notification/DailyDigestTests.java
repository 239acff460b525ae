package cn.tongxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.tongxin.notification.internal.DailyDigest;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.TestMessaging;

/** The daily digest: windows from each user's last mark, never twice, a missed day caught up by the next run. */
@IntegrationTest
class DailyDigestTests {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DIGEST = "【同心】每日消息汇总";

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    DailyDigest digest;
    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void theWindowRunsFromTheLastMarkSoARepeatedRunSendsNothingAndAMissedDayComesNextTime() throws Exception {
        String address = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        put("member2", "/api/v1/me/contact", "{\"email\":\"" + address + "\",\"mobile\":null}").andExpect(status().isNoContent());
        long committee = ((Number) api.read(api.get("member2", "/api/v1/me"), "$.committeeId")).longValue();
        long member = ((Number) api.read(api.get("member2", "/api/v1/me"), "$.memberId")).longValue();
        long account = ((Number) api.read(api.get("member2", "/api/v1/me"), "$.id")).longValue();
        try {
            notifications.notify(committee, Recipient.member(member), "汇总之前的消息", null, null); // before the choice: sent at once
            await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1);
            put("member2", "/api/v1/me/message-preferences", "[{\"kind\":\"PERSONAL\",\"email\":\"DIGEST\",\"sms\":false}]")
                    .andExpect(status().isNoContent());

            notifications.notify(committee, Recipient.member(member), "汇总一：提案已立案", "请关注办理进度", "/proposals/1");
            notifications.notify(committee, Recipient.member(member), "汇总二：活动邀请", null, "/activities/2");
            Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
            digest.run(first);

            await().atMost(WAIT).until(() -> digests(address).size() == 1);
            String text = (String) digests(address).getFirst().getContent();
            assertThat(text).contains("汇总一：提案已立案", "请关注办理进度", "/proposals/1", "汇总二：活动邀请")
                    .doesNotContain("汇总之前的消息");
            assertThat(digests(address).getFirst().getSubject()).endsWith("共2条");
            assertThat(TestMessaging.mailTo(address)).as("no message went out on its own while in the digest").hasSize(2);

            digest.run(first); // the same run again
            digest.run(Instant.now()); // and a later run with nothing new
            settled();
            assertThat(digests(address)).hasSize(1);

            // the next day's run does not happen; the one after covers both days from the mark
            notifications.notify(committee, Recipient.member(member), "汇总三：错过的一天", null, null);
            Instant third = first.plus(Duration.ofDays(2));
            digest.run(third);
            await().atMost(WAIT).until(() -> digests(address).size() == 2);
            String later = (String) digests(address).get(1).getContent();
            assertThat(later).contains("汇总三：错过的一天").doesNotContain("汇总一");
            assertThat(jdbc.sql("select sent_through from message_digest_mark where user_account_id = ?").param(account)
                    .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(third);
            assertThat(jdbc.sql("select count(*) from message_delivery where kind = 'DIGEST' and user_account_id = ? and status = 'SENT'")
                    .param(account).query(Long.class).single()).isEqualTo(2);
        } finally {
            put("member2", "/api/v1/me/message-preferences", "[{\"kind\":\"PERSONAL\",\"email\":\"DIRECT\",\"sms\":true}]");
            put("member2", "/api/v1/me/contact", "{\"email\":null,\"mobile\":null}");
        }
    }

    private static List<MimeMessage> digests(String address) {
        return TestMessaging.mailTo(address).stream().filter(m -> {
            try {
                return m.getSubject().startsWith(DIGEST);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private ResultActions put(String user, String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void settled() {
        await().atMost(WAIT).until(() ->
                jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }
}
