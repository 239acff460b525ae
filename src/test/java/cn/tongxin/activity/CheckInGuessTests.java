package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.activity.internal.CheckInCodes;
import cn.tongxin.activity.internal.CheckInGuesses;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Check-in codes cannot be guessed: five wrong codes per member and activity in ten minutes, then 429, all audited. */
@IntegrationTest
class CheckInGuessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    /** An activity under way (check-in open) with both demo members invited. */
    private long activityUnderWay(String title) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10);
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"%s","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d,%d]}""".formatted(title, start, start.plusHours(2), memberId("member"), memberId("member2")))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    private String code(long activityId) {
        String secret = jdbc.sql("select checkin_secret from activity where id = ?").param(activityId).query(String.class).single();
        return CheckInCodes.at(secret, activityId, Instant.now());
    }

    /** A six-digit code that is neither the current nor the previous one. */
    private String wrongCode(long activityId) {
        String right = code(activityId);
        return String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
    }

    private void checkIn(String user, long activity, String code, int status) throws Exception {
        api.post(user, "/api/v1/activities/" + activity + "/check-in", "{\"code\":\"" + code + "\"}").andExpect(status().is(status));
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneIsRefusedWith429() throws Exception {
        long id = activityUnderWay("签到防猜测");
        for (int i = 0; i < CheckInGuesses.MAX_WRONG; i++) {
            checkIn("member", id, wrongCode(id), 422);
        }
        api.post("member", "/api/v1/activities/" + id + "/check-in", "{\"code\":\"" + code(id) + "\"}")
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("请求过于频繁"))
                .andExpect(jsonPath("$.detail").value("签到码输入错误次数过多，请10分钟后再试，或请工作人员代为签到"));
        assertThat(jdbc.sql("select count(*) from activity_attendance where activity_id = ?").param(id).query(Long.class).single())
                .isZero();
        // the limit is the member's, for this activity: another member checks in
        checkIn("member2", id, code(id), 200);
    }

    @Test
    void theLimitIsKeptInTheDatabaseAndForgetsGuessesOlderThanTheWindow() throws Exception {
        long id = activityUnderWay("签到窗口");
        for (int i = 0; i < CheckInGuesses.MAX_WRONG; i++) {
            checkIn("member", id, wrongCode(id), 422);
        }
        assertThat(jdbc.sql("select count(*) from checkin_guess where activity_id = ? and member_id = ?")
                .params(id, memberId("member")).query(Long.class).single()).isEqualTo(CheckInGuesses.MAX_WRONG);
        checkIn("member", id, code(id), 429);
        // what another instance would see ten minutes later: the guesses have aged out of the window
        jdbc.sql("update checkin_guess set guessed_at = guessed_at - interval '11 minutes' where activity_id = ?").param(id).update();
        checkIn("member", id, code(id), 200);
    }

    @Test
    void everyWrongCodeIsInTheAuditTrail() throws Exception {
        long id = activityUnderWay("签到审计");
        long before = audited(id);
        checkIn("member", id, wrongCode(id), 422);
        checkIn("member", id, wrongCode(id), 422);
        assertThat(audited(id)).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                select detail from audit_log where action = '签到码错误' and target_id = ? order by id desc limit 1""")
                .param(String.valueOf(id)).query(String.class).single()).contains("10分钟内第2次");
        assertThat(jdbc.sql("select username from audit_log where action = '签到码错误' and target_id = ? order by id desc limit 1")
                .param(String.valueOf(id)).query(String.class).single()).isEqualTo("member");
    }

    private long audited(long activityId) {
        return jdbc.sql("select count(*) from audit_log where action = '签到码错误' and target_id = ?").param(String.valueOf(activityId))
                .query(Long.class).single();
    }
}
