package cn.tongxin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.support.TimeMachine;

import cn.tongxin.TongxinApplication;
import cn.tongxin.infrastructure.EmbeddedPostgres;
import cn.tongxin.support.WebSession;

/**
 * Two application instances on one database. Sessions are in the database: a user logged in on the first continues
 * on the second, also once the first is gone. Time moved by the moments' time machine: a day's reminders are created
 * by the first instance whose day event takes the day's lock; the other instance's day event does nothing that day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstances() {
        first = start("--tongxin.database.embedded.database=two_instances", "--tongxin.admin.committee-name=两实例测试政协");
        String url = first.getEnvironment().getProperty("spring.datasource.url");
        // the second instance finds the database migrated and initialised: no Flyway, no first-start work
        second = start("--spring.datasource.url=" + url, "--spring.datasource.username=" + EmbeddedPostgres.APPLICATION,
                "--spring.datasource.password=", "--spring.flyway.enabled=false");
    }

    @AfterAll
    void stop() {
        for (var context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
    }

    @Test
    @Order(1)
    void aDaysRemindersRunOnceWithTwoInstancesOnOneDatabase() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(ZONE);
        long proposal = invitedCosignerDueIn(jdbc, today.plusDays(2));
        long activity = activityEnded(jdbc, today.minusDays(2));

        first.getBean(TimeMachine.class).shiftBy(Duration.ofDays(1)); // today has passed: reminders of tomorrow
        assertThat(reminders(jdbc, proposal)).isEqualTo(1);
        assertThat(jdbc.sql("select status from activity where id = ?").param(activity).query(String.class).single())
                .isEqualTo("CLOSED"); // archived a day after its end
        assertThat(locks(jdbc, today)).isEqualTo(3); // proposal-reminders-, handling-reminders-, activity-archiving-<day>

        // clear the day's reminder: were the second instance to do the day's work again, it would come back
        jdbc.sql("delete from notification where obligation_key like ?").param("proposal:cosign:" + proposal + ":%").update();
        second.getBean(TimeMachine.class).shiftBy(Duration.ofDays(1)); // the same day passes on the second instance
        assertThat(reminders(jdbc, proposal)).isZero();
        assertThat(locks(jdbc, today)).isEqualTo(3);

        second.getBean(TimeMachine.class).shiftBy(Duration.ofDays(1)); // the next day is the next day's work
        assertThat(reminders(jdbc, proposal)).isEqualTo(1);
        assertThat(locks(jdbc, today.plusDays(1))).isEqualTo(3);
    }

    @Test
    @Order(2)
    void aUserLoggedInOnOneInstanceContinuesOnTheOtherAlsoWhenTheFirstIsGone() throws Exception {
        var browser = new WebSession(port(first));
        assertThat(browser.login("admin", "Tongxin@2026")).isEqualTo("/account/password?first");

        browser.at(port(second)); // the proxy sends the next request to the other instance: same session there
        var changed = browser.post("/account/password", Map.of("currentPassword", "Tongxin@2026",
                "newPassword", "Changed#2026", "confirmPassword", "Changed#2026"), "/account/password?first");
        assertThat(WebSession.location(changed)).isEqualTo("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        browser.at(port(first)); // what the second instance wrote into the session, the first reads
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        first.close(); // the first instance is gone
        browser.at(port(second));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.modulith.moments.enable-time-machine=true";
        all[args.length + 1] = "--tongxin.demo.enabled=false";
        all[args.length + 2] = "--server.port=0";
        all[args.length + 3] = "--spring.main.lazy-initialization=true"; // beans the test does not touch stay unmade
        return new SpringApplicationBuilder(TongxinApplication.class).run(all);
    }

    /** A draft proposal whose invited co-signer must confirm by noon of the given day. */
    private static long invitedCosignerDueIn(JdbcClient jdbc, LocalDate due) {
        long committee = jdbc.sql("select id from committee order by id limit 1").query(Long.class).single();
        long lead = member(jdbc, committee, "甲委员", "13800000001");
        long cosigner = member(jdbc, committee, "乙委员", "13800000002");
        long proposal = jdbc.sql("""
                insert into proposal (committee_id, request_key, status, kind, title, category, lead_member_id, entered_by)
                values (?, 'two-instances', 'DRAFT', 'JOINT', '关于两实例提醒的建议', 'SOCIETY', ?, 'test') returning id""")
                .params(committee, lead).query(Long.class).single();
        jdbc.sql("insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at) values (?, ?, 'INVITED', now(), ?)")
                .params(proposal, cosigner, Timestamp.from(due.atTime(12, 0).atZone(ZONE).toInstant())).update();
        return proposal;
    }

    /** A research trip of the first committee that ended at noon of the given day and that nobody archived. */
    private static long activityEnded(JdbcClient jdbc, LocalDate day) {
        long committee = jdbc.sql("select id from committee order by id limit 1").query(Long.class).single();
        var ends = Timestamp.from(day.atTime(12, 0).atZone(ZONE).toInstant());
        var starts = Timestamp.from(day.atTime(9, 0).atZone(ZONE).toInstant());
        return jdbc.sql("""
                insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, place,
                       checkin_secret, checkin_opens_at, checkin_closes_at, created_by)
                values (?, '两实例调研', 'RESEARCH', 'OFFICE', '办公室', ?, ?, '会议室', 'secret', ?, ?, 'test') returning id""")
                .params(committee, starts, ends, starts, ends).query(Long.class).single();
    }

    private static long member(JdbcClient jdbc, long committee, String name, String mobile) {
        return jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                .params(committee, name, mobile).query(Long.class).single();
    }

    private static long reminders(JdbcClient jdbc, long proposal) {
        return jdbc.sql("select count(*) from notification where obligation_key like ?").param("proposal:cosign:" + proposal + ":%")
                .query(Long.class).single();
    }

    private static long locks(JdbcClient jdbc, LocalDate day) {
        return jdbc.sql("select count(*) from shedlock where name like ?").param("%-" + day).query(Long.class).single();
    }
}
