package cn.tongxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

import cn.tongxin.notification.internal.DeliveryAttempts;
import cn.tongxin.notification.internal.HttpSmsGateway;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.TestMessaging;

/**
 * Messages leave the platform: by e-mail to the in-process SMTP server, by SMS through the HTTP gateway to the
 * in-process provider, as each user's preferences say; a failing gateway leaves the business step alone and is
 * retried from the delivery log.
 */
@IntegrationTest
class MessageDeliveryTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    DeliveryAttempts attempts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tongxin.privacy.PersonalData personal;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    Api api;

    /** Deliveries logged before this test are not its own. */
    long since;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        since = jdbc.sql("select coalesce(max(id), 0) from message_delivery").query(Long.class).single();
    }

    @Test
    void aPersonalItemReachesTheMemberByEmailWithItsChineseSubjectAndBody() throws Exception {
        String address = "xs-member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        contact("xs_member", address, null);

        notifications.notify(committee("xs_member"), Recipient.member(member("xs_member")), "您的提案已立案：关于加强社区养老服务的建议",
                "请关注承办单位的办理进度", "/proposals/42");

        await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1);
        var mail = TestMessaging.mailTo(address).getFirst();
        assertThat(mail.getSubject()).isEqualTo("【同心】您的提案已立案：关于加强社区养老服务的建议");
        assertThat((String) mail.getContent()).contains("您好", "您的提案已立案：关于加强社区养老服务的建议", "请关注承办单位的办理进度",
                "/proposals/42");
        await().atMost(WAIT).until(() -> deliveryStatus("xs_member", "EMAIL").equals("SENT"));
    }

    @Test
    void aPersonalItemReachesTheMemberBySmsThroughTheSignedHttpGateway() throws Exception {
        String mobile = mobile();
        contact("xs_member2", null, mobile);

        notifications.notify(committee("xs_member2"), Recipient.member(member("xs_member2")), "活动邀请：专题协商会", null, "/activities/7");

        await().atMost(WAIT).until(() -> TestMessaging.sms().to(mobile).size() == 1);
        var request = TestMessaging.sms().to(mobile).getFirst();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JsonMapper.shared().readValue(request.body(), Map.class);
        assertThat(body).containsEntry("phoneNumbers", mobile).containsEntry("signName", "同心政协")
                .containsEntry("templateCode", "SMS_NOTICE");
        assertThat(JsonMapper.shared().readValue((String) body.get("templateParam"), Map.class))
                .containsEntry("title", "活动邀请：专题协商会");
        assertThat(request.headers().get("key")).isEqualTo("test-key");
        assertThat(request.headers().get("signature")).isEqualTo(HttpSmsGateway.signature(TestMessaging.SmsProvider.SECRET,
                request.headers().get("timestamp") + "\n" + request.headers().get("nonce") + "\n" + request.body()));
        await().atMost(WAIT).until(() -> deliveryStatus("xs_member2", "SMS").equals("SENT"));
        assertThat((String) delivery("xs_member2", "SMS").get("recipient")).as("the log keeps the mobile sealed")
                .startsWith("sm4:").doesNotContain(mobile.substring(3));
    }

    @Test
    void aFailingGatewayNeverBlocksTheBusinessStepAndIsRetriedWithGrowingPauses() throws Exception {
        String mobile = mobile();
        contact("xs_staff", null, mobile);
        put("xs_staff", "/api/v1/me/message-preferences", "[{\"kind\":\"WORK\",\"email\":\"OFF\",\"sms\":true}]")
                .andExpect(status().isNoContent());
        TestMessaging.sms().failing(true);
        try {
            // the business step: a member's micro-suggestion, which tells the office
            String title = "失败网关测试" + UUID.randomUUID().toString().substring(0, 6);
            api.post("xs_member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\"}"
                    .formatted(UUID.randomUUID(), title)).andExpect(status().isCreated());
            assertThat(jdbc.sql("select count(*) from micro_suggestion where title = ?").param(title).query(Long.class).single())
                    .isEqualTo(1);

            await().atMost(WAIT).until(() -> deliveryStatus("xs_staff", "SMS").equals("RETRYING"));
            var first = delivery("xs_staff", "SMS");
            assertThat(first.get("attempts")).isEqualTo(1);
            assertThat((String) first.get("last_error")).contains("503");
            Instant next = ((java.sql.Timestamp) first.get("next_attempt_at")).toInstant();

            attempts.retryDue(next.minusSeconds(1)); // not due yet
            assertThat(delivery("xs_staff", "SMS").get("attempts")).isEqualTo(1);
            attempts.retryDue(next.plusSeconds(1)); // fails again: the pause grows four times
            var second = delivery("xs_staff", "SMS");
            assertThat(second.get("attempts")).isEqualTo(2);
            Instant after = ((java.sql.Timestamp) second.get("next_attempt_at")).toInstant();
            assertThat(Duration.between(next, after)).isGreaterThan(Duration.ofMinutes(3));

            TestMessaging.sms().failing(false);
            attempts.retryDue(after.plusSeconds(1));
            assertThat(deliveryStatus("xs_staff", "SMS")).isEqualTo("SENT");
            assertThat(delivery("xs_staff", "SMS").get("attempts")).isEqualTo(3);
            assertThat(TestMessaging.sms().to(mobile)).hasSize(3);
        } finally {
            TestMessaging.sms().failing(false);
            put("xs_staff", "/api/v1/me/message-preferences", "[{\"kind\":\"WORK\",\"email\":\"OFF\",\"sms\":false}]");
            contact("xs_staff", null, null);
        }
    }

    @Test
    void anEmailThatFailsLeavesTheSmsGoingAndIsRetriedOnItsOwn() throws Exception {
        String mobile = mobile();
        // an address the mail server cannot take (written behind the contact form's back, which would refuse it)
        var email = personal.sealEmail("broken\"@example.cn");
        var sealedMobile = personal.seal(mobile);
        jdbc.sql("update user_account set email_sealed = ?, email_index = ?, mobile_sealed = ?, mobile_index = ? where username = 'xs_member'")
                .params(email.value(), email.index(), sealedMobile.value(), sealedMobile.index()).update();
        try {
            notifications.notify(committee("xs_member"), Recipient.member(member("xs_member")), "邮件失败短信照发", null, null);

            await().atMost(WAIT).until(() -> TestMessaging.sms().to(mobile).size() == 1);
            await().atMost(WAIT).until(() -> deliveryStatus("xs_member", "SMS").equals("SENT")
                    && deliveryStatus("xs_member", "EMAIL").equals("RETRYING"));
            var failed = delivery("xs_member", "EMAIL");
            assertThat(failed.get("attempts")).isEqualTo(1);
            assertThat((String) failed.get("last_error")).as("the error is kept, the address in it masked").isNotBlank()
                    .doesNotContain("broken");
            Instant next = ((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant();
            attempts.retryDue(next.plusSeconds(1));
            assertThat(delivery("xs_member", "EMAIL").get("attempts")).as("the failed e-mail is retried").isEqualTo(2);
            assertThat(TestMessaging.sms().to(mobile)).as("the SMS that went is not sent again").hasSize(1);
        } finally {
            contact("xs_member", null, null);
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() throws Exception {
        String mobile = mobile();
        contact("dc_member", null, mobile);
        TestMessaging.sms().failing(true);
        try {
            notifications.notify(committee("dc_member"), Recipient.member(member("dc_member")), "一直失败的短信", null, null);
            await().atMost(WAIT).until(() -> deliveryStatus("dc_member", "SMS").equals("RETRYING"));
            Instant later = Instant.now();
            for (int i = 0; i < 6; i++) {
                later = later.plus(Duration.ofDays(1));
                attempts.retryDue(later);
            }
            assertThat(deliveryStatus("dc_member", "SMS")).isEqualTo("FAILED");
            assertThat(delivery("dc_member", "SMS").get("attempts")).isEqualTo(5);
            assertThat(delivery("dc_member", "SMS").get("next_attempt_at")).isNull();
        } finally {
            TestMessaging.sms().failing(false);
            contact("dc_member", null, null);
        }

        api.get("admin", "/api/v1/message-deliveries?status=FAILED&size=200").andExpect(status().isOk()) // the city's own log
                .andExpect(jsonPath("$.items[?(@.attempts == 5 && @.recipient == '%s')]".formatted(masked(mobile))).isEmpty());
        api.get("dc_admin", "/api/v1/message-deliveries?status=FAILED").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("FAILED"))
                .andExpect(jsonPath("$.items[0].recipient").value(masked(mobile)))
                .andExpect(jsonPath("$.items[0].attempts").value(5));
    }

    @Test
    void preferencesDecideWhatLeavesTheInbox() throws Exception {
        String address = "dc-member2-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        String mobile = mobile();
        contact("dc_member2", address, mobile);
        api.get("dc_member2", "/api/v1/me/message-preferences").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'DEADLINE')].email").value("DIRECT"))
                .andExpect(jsonPath("$[?(@.kind == 'PERSONAL')].sms").value(true))
                .andExpect(jsonPath("$[?(@.kind == 'WORK')].email").value("OFF"));
        put("dc_member2", "/api/v1/me/message-preferences", "[{\"kind\":\"PERSONAL\",\"email\":\"OFF\",\"sms\":false}]")
                .andExpect(status().isNoContent());
        try {
            long committee = committee("dc_member2");
            long member = member("dc_member2");
            notifications.notify(committee, Recipient.member(member), "不外发的本人事项", null, null);
            notifications.remind(committee, Recipient.member(member), "test:deadline:" + UUID.randomUUID(),
                    java.time.LocalDate.now(), "即将到期：请确认联名", null, null);

            await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1 && TestMessaging.sms().to(mobile).size() == 1);
            assertThat(TestMessaging.mailTo(address).getFirst().getSubject()).contains("即将到期：请确认联名");
            settled();
            assertThat(TestMessaging.mailTo(address)).hasSize(1);
            assertThat(TestMessaging.sms().to(mobile)).hasSize(1);
            assertThat(jdbc.sql("select count(*) from notification where title = '不外发的本人事项'").query(Long.class).single())
                    .as("in-app always").isEqualTo(1);
            long message = jdbc.sql("select id from notification where title = '不外发的本人事项'").query(Long.class).single();
            assertThat(jdbc.sql("""
                    select listener_id from event_publication
                     where event_type like '%.MessageCreated' and serialized_event like ?""")
                    .param("%\"notificationId\":" + message + ",%").query(String.class).list())
                    .as("delivered from the event publication registry, one listener for both channels")
                    .singleElement().asString().contains("MessageDispatch");
        } finally {
            put("dc_member2", "/api/v1/me/message-preferences", "[{\"kind\":\"PERSONAL\",\"email\":\"DIRECT\",\"sms\":true}]");
            contact("dc_member2", null, null);
        }
    }

    @Test
    void oneMessageToSeveralMembersReachesEachAsTheirPreferencesSayAndARedeliverySendsNothingTwice() throws Exception {
        String address = "xs-many-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        String address2 = "xs-many2-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        String mobile2 = mobile();
        contact("xs_member", address, null);
        contact("xs_member2", address2, mobile2);
        put("xs_member2", "/api/v1/me/message-preferences", "[{\"kind\":\"PERSONAL\",\"email\":\"OFF\",\"sms\":true}]")
                .andExpect(status().isNoContent());
        try {
            long committee = committee("xs_member");
            String title = "联名邀请：一条消息多位委员" + UUID.randomUUID().toString().substring(0, 6);
            notifications.notify(committee, java.util.List.of(Recipient.member(member("xs_member")), Recipient.member(member("xs_member2"))),
                    title, "请确认是否联名", "/proposals/43");

            await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1 && TestMessaging.sms().to(mobile2).size() == 1);
            settled();
            assertThat(TestMessaging.mailTo(address).getFirst().getSubject()).isEqualTo("【同心】" + title);
            assertThat((String) TestMessaging.mailTo(address).getFirst().getContent()).contains("请确认是否联名", "/proposals/43");
            assertThat(TestMessaging.mailTo(address2)).as("xs_member2 takes personal items by SMS only").isEmpty();
            var rows = jdbc.sql("select id, recipient_id from notification where title = ? order by id").param(title).query().listOfRows();
            assertThat(rows).as("one inbox row each").hasSize(2);
            assertThat(jdbc.sql("select dedupe_key from message_delivery where subject like ? order by dedupe_key")
                    .param("%" + title).query(String.class).list())
                    .as("the delivery log keys each send by its own inbox row")
                    .containsExactlyInAnyOrder("message:" + rows.get(0).get("id") + ":EMAIL:" + account("xs_member"),
                            "message:" + rows.get(0).get("id") + ":SMS:" + account("xs_member"), // at the roster's mobile
                            "message:" + rows.get(1).get("id") + ":SMS:" + account("xs_member2"));
            assertThat(deliveryStatus("xs_member", "EMAIL")).isEqualTo("SENT");
            assertThat(deliveryStatus("xs_member2", "SMS")).isEqualTo("SENT");
            assertThat(jdbc.sql("""
                    select count(*) from event_publication where event_type like '%.MessagesCreated' and serialized_event like ?""")
                    .param("%" + title + "%").query(Long.class).single()).as("one publication for both rows").isEqualTo(1);

            // the same publication delivered again (a restart, a resubmission): nothing is sent twice
            var again = new MessagesCreated(committee, rows.stream().map(r -> new MessagesCreated.Row(((Number) r.get("id")).longValue(),
                    Recipient.member(((Number) r.get("recipient_id")).longValue()))).toList(), title, "请确认是否联名", "/proposals/43");
            transactions.executeWithoutResult(t -> events.publishEvent(again));
            settled();
            assertThat(TestMessaging.mailTo(address)).hasSize(1);
            assertThat(TestMessaging.sms().to(mobile2)).hasSize(1);
            assertThat(jdbc.sql("select count(*) from message_delivery where subject like ?").param("%" + title).query(Long.class).single())
                    .isEqualTo(3);
        } finally {
            put("xs_member2", "/api/v1/me/message-preferences", "[{\"kind\":\"PERSONAL\",\"email\":\"DIRECT\",\"sms\":true}]");
            contact("xs_member", null, null);
            contact("xs_member2", null, null);
        }
    }

    @Test
    void aPreferenceNamesAKnownKindOnce() throws Exception {
        put("member2", "/api/v1/me/message-preferences", "[{\"kind\":\"WORK\",\"email\":\"OFF\",\"sms\":false},{\"kind\":\"WORK\",\"email\":\"DIRECT\",\"sms\":false}]")
                .andExpect(status().isUnprocessableContent());
        put("member2", "/api/v1/me/message-preferences", "[{\"kind\":\"WORK\",\"sms\":false}]")
                .andExpect(status().isUnprocessableContent());
        put("member2", "/api/v1/me/contact", "{\"email\":\"不是邮箱\",\"mobile\":\"123\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("email", "mobile")));
    }

    @Test
    void theDeliveryLogIsForAdministratorsAndFiltersByStatus() throws Exception {
        api.get("member", "/api/v1/message-deliveries").andExpect(status().isForbidden());
        api.get("admin", "/api/v1/message-deliveries?status=BOGUS").andExpect(status().isUnprocessableContent());
        api.get("admin", "/api/v1/message-deliveries?status=SENT&size=5").andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5));
        var session = cn.tongxin.support.Logins.login(mvc, "admin");
        mvc.perform(MockMvcRequestBuilders.get("/admin/message-deliveries").param("status", "FAILED").session(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("消息发送记录")));
        var memberSession = cn.tongxin.support.Logins.login(mvc, "member");
        mvc.perform(MockMvcRequestBuilders.get("/notifications/settings").session(memberSession)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("办理时限与到期提醒")));
    }

    // --- helpers

    private void contact(String user, String email, String mobile) throws Exception {
        put(user, "/api/v1/me/contact", "{\"email\":%s,\"mobile\":%s}".formatted(quoted(email), quoted(mobile)))
                .andExpect(status().isNoContent());
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private org.springframework.test.web.servlet.ResultActions put(String user, String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long committee(String user) throws Exception {
        return ((Number) api.read(api.get(user, "/api/v1/me"), "$.committeeId")).longValue();
    }

    private long member(String user) throws Exception {
        return ((Number) api.read(api.get(user, "/api/v1/me"), "$.memberId")).longValue();
    }

    private long account(String user) {
        return jdbc.sql("select id from user_account where username = ?").param(user).query(Long.class).single();
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static String mobile() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    /** The user's latest delivery by this channel (the log keeps addresses sealed: found by account). */
    private String deliveryStatus(String user, String channel) {
        return jdbc.sql("""
                select d.status from message_delivery d join user_account a on a.id = d.user_account_id
                 where a.username = ? and d.channel = ? and d.id > ? order by d.id desc limit 1""").params(user, channel, since)
                .query(String.class).optional().orElse("");
    }

    private Map<String, Object> delivery(String user, String channel) {
        return jdbc.sql("""
                select d.* from message_delivery d join user_account a on a.id = d.user_account_id
                 where a.username = ? and d.channel = ? and d.id > ? order by d.id desc limit 1""").params(user, channel, since)
                .query().singleRow();
    }

    /** Waits until every listener has handled every published event. */
    private void settled() throws InterruptedException {
        await().atMost(WAIT).until(() ->
                jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }
}
