package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.activity.internal.CheckInCodes;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Check-in window and codes, double check-in, observers, leave, anonymous appraisal, permissions, statistics. */
@IntegrationTest
class ActivityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long activity(String title, int startsInMinutes, boolean observers, String... invitees) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(startsInMinutes);
        StringBuilder ids = new StringBuilder();
        for (String u : invitees) {
            ids.append(ids.isEmpty() ? "" : ",").append(memberId(u));
        }
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"%s","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","allowObservers":%s,"memberIds":[%s]}""".formatted(title, start, start.plusHours(2), observers, ids))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    String code(long activityId, Instant at) {
        String secret = jdbc.sql("select checkin_secret from activity where id = ?").param(activityId).query(String.class).single();
        return CheckInCodes.at(secret, activityId, at);
    }

    @Test
    void checkInOnlyWithinTheWindowAndWithTheCurrentCode() throws Exception {
        long later = activity("两小时后的调研", 120, false, "member");
        api.post("member", "/api/v1/activities/" + later + "/check-in", "{\"code\":\"" + code(later, Instant.now()) + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("不在签到时间内（活动开始前30分钟至结束）"));
        long now = activity("即将开始的调研", 10, false, "member", "member2");
        api.post("member", "/api/v1/activities/" + now + "/check-in", "{\"code\":\"" + code(now, Instant.now().minusSeconds(180)) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("签到码已过期或不正确，请输入现场最新的签到码"));
        api.post("member", "/api/v1/activities/" + now + "/check-in", "{\"code\":\"12ab\"}").andExpect(status().isUnprocessableContent());
        api.post("member", "/api/v1/activities/" + now + "/check-in", "{\"code\":\"" + code(now, Instant.now()) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.label").value("出席"));
        // checking in twice is harmless
        api.post("member", "/api/v1/activities/" + now + "/check-in", "{\"code\":\"" + code(now, Instant.now()) + "\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from activity_attendance where activity_id = ?").param(now).query(Long.class).single()).isEqualTo(1);
        // the code of the previous minute still works (it may change while a member types it)
        api.post("member2", "/api/v1/activities/" + now + "/check-in", "{\"code\":\"" + code(now, Instant.now().minusSeconds(60)) + "\"}")
                .andExpect(status().isOk());
        jdbc.sql("update activity set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour', checkin_opens_at = now() - interval '4 hours', checkin_closes_at = now() - interval '1 hour' where id = ?")
                .param(later).update();
        api.post("member", "/api/v1/activities/" + later + "/check-in", "{\"code\":\"" + code(later, Instant.now()) + "\"}").andExpect(status().isConflict());
    }

    @Test
    void membersNotInvitedCheckInOnlyAsObserversWhenAllowed() throws Exception {
        long closed = activity("不接受列席", 5, false, "member");
        api.post("member2", "/api/v1/activities/" + closed + "/check-in", "{\"code\":\"" + code(closed, Instant.now()) + "\"}")
                .andExpect(status().isForbidden());
        api.get("member2", "/api/v1/activities/" + closed).andExpect(status().isNotFound());
        long open = activity("接受列席", 5, true, "member");
        api.post("member2", "/api/v1/activities/" + open + "/check-in", "{\"code\":\"" + code(open, Instant.now()) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.label").value("列席"));
        var page = api.get("staff", "/api/v1/activities/" + open);
        List<String> attendance = api.read(page, "$.participants[*].attendance");
        assertThat(attendance).containsExactlyInAnyOrder("NOT_YET", "OBSERVER");
    }

    @Test
    void leaveIsAskedBeforeTheStartAndMayBeDecidedAfterIt() throws Exception {
        long id = activity("请假测试", 60, false, "member", "member2");
        api.post("member", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"\"}").andExpect(status().isUnprocessableContent());
        api.post("member", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"住院\"}").andExpect(status().isOk());
        api.post("member", "/api/v1/activities/" + id + "/leave/" + memberId("member"), "{\"approve\":true}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/activities/" + id + "/leave/" + memberId("member2"), "{\"approve\":true}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该委员没有待审批的请假申请"));
        // the activity starts and ends; the organiser answers late
        jdbc.sql("update activity set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour', checkin_opens_at = now() - interval '4 hours', checkin_closes_at = now() - interval '1 hour' where id = ?")
                .param(id).update();
        api.post("member2", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"补请假\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("活动已开始，不能再报名或请假"));
        api.post("staff", "/api/v1/activities/" + id + "/leave/" + memberId("member"), "{\"approve\":true}").andExpect(status().isOk());
        var page = api.get("staff", "/api/v1/activities/" + id);
        List<String> mine = api.read(page, "$.participants[?(@.memberId == " + memberId("member") + ")].attendance");
        List<String> other = api.read(page, "$.participants[?(@.memberId == " + memberId("member2") + ")].attendance");
        assertThat(mine).containsExactly("EXCUSED");
        assertThat(other).containsExactly("ABSENT");
    }

    @Test
    void appraisalScoresAreAnonymousAndNeedAQuorum() throws Exception {
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        long committee = jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into appraisal (committee_id, unit_id, title, dimensions, opens_at, closes_at, created_by)
                values (?, ?, '测试评议', E'依法行政\\n服务效能', now() - interval '1 hour', now() + interval '1 hour', 'staff') returning id""")
                .params(committee, unit).query(Long.class).single();
        for (String u : List.of("member", "member2")) {
            jdbc.sql("insert into appraisal_rater (appraisal_id, member_id) values (?, ?)").params(id, memberId(u)).update();
        }
        jdbc.sql("insert into appraisal_rater (appraisal_id, member_id) select ?, id from member where committee_id = ? order by id desc limit 1")
                .params(id, committee).update();
        api.post("member", "/api/v1/appraisals/" + id + "/scores", "{\"scores\":[90]}").andExpect(status().isUnprocessableContent());
        api.post("member", "/api/v1/appraisals/" + id + "/scores", "{\"scores\":[95,85]}").andExpect(status().isOk());
        api.post("member", "/api/v1/appraisals/" + id + "/scores", "{\"scores\":[60,60]}").andExpect(status().isConflict());
        api.post("staff", "/api/v1/appraisals/" + id + "/scores", "{\"scores\":[60,60]}").andExpect(status().isForbidden());
        var first = api.get("staff", "/api/v1/appraisals/" + id + "/results").andExpect(status().isOk());
        assertThat((Boolean) api.read(first, "$.quorum")).isFalse();
        api.post("member2", "/api/v1/appraisals/" + id + "/scores", "{\"scores\":[75,65]}").andExpect(status().isOk());
        var results = api.get("leader", "/api/v1/appraisals/" + id + "/results").andExpect(status().isOk());
        assertThat((Boolean) api.read(results, "$.quorum")).isTrue();
        assertThat(((Number) api.read(results, "$.dimensions[0].average")).doubleValue()).isEqualTo(85.0);
        assertThat(((Number) api.read(results, "$.dimensions[1].average")).doubleValue()).isEqualTo(75.0);
        api.get("member", "/api/v1/appraisals/" + id + "/results").andExpect(status().isForbidden());
        // nothing links a score to a person: the score table has no column for one
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = 'appraisal_score'")
                .query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("id", "appraisal_id", "sheet", "dimension", "score");
    }

    @Test
    void permissionsAcrossRolesAndCommittees() throws Exception {
        long id = activity("权限测试", 30, false, "member");
        api.post("member", "/api/v1/activities", "{\"title\":\"委员自建\"}").andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/activities/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/activities/" + id + "/attendance/" + memberId("member"), null).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/activities/" + id + "/code").andExpect(status().isNotFound());
        api.get("member", "/api/v1/activities/" + id + "/code").andExpect(status().isForbidden());
        api.get("unit", "/api/v1/activities/" + id).andExpect(status().isNotFound());
        api.get("leader", "/api/v1/activities/" + id).andExpect(status().isOk());
        api.get("correspondent", "/api/v1/activities/" + id).andExpect(status().isNotFound());
    }

    @Test
    void badInputGetsChineseFieldErrors() throws Exception {
        api.post("staff", "/api/v1/activities", """
                {"title":"","type":"RESEARCH","organiserKind":"OFFICE","startsAt":"2026-12-01T10:00","endsAt":"2026-12-01T09:00"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("请填写活动名称（不超过200个字）"))
                .andExpect(jsonPath("$.errors[?(@.field == 'endsAt')].message").value("结束时间须晚于开始时间"))
                .andExpect(jsonPath("$.errors[?(@.field == 'place')].message").value("请填写地点（或选择线上）"))
                .andExpect(jsonPath("$.errors[?(@.field == 'organiserName')].message").value("请填写组织的机关科室"));
    }

    @Test
    void statisticsCountPersonTimesAndAttendance() throws Exception {
        int year = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
        var before = api.get("staff", "/api/v1/activities/statistics?year=" + year).andExpect(status().isOk());
        long personTimes = ((Number) api.read(before, "$.personTimes")).longValue();
        long absent = ((Number) api.read(before, "$.absent")).longValue();
        long id = activity("统计测试", 5, false, "member", "member2");
        api.post("member", "/api/v1/activities/" + id + "/check-in", "{\"code\":\"" + code(id, Instant.now()) + "\"}").andExpect(status().isOk());
        jdbc.sql("update activity set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour', checkin_opens_at = now() - interval '4 hours', checkin_closes_at = now() - interval '1 hour' where id = ?")
                .param(id).update();
        var after = api.get("staff", "/api/v1/activities/statistics?year=" + year);
        assertThat(((Number) api.read(after, "$.personTimes")).longValue()).isEqualTo(personTimes + 1);
        assertThat(((Number) api.read(after, "$.absent")).longValue()).isEqualTo(absent + 1);
        api.get("member", "/api/v1/activities/statistics?year=" + year).andExpect(status().isForbidden());
    }

}
