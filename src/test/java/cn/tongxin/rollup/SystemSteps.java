package cn.tongxin.rollup;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.support.Api;

/**
 * Real steps through the API in one committee, as its demo users (prefix "" for the city, "dc_" and "xs_" for the
 * counties): proposals submitted, filed and replied, micro-suggestions accepted and replied, opinion reports issued
 * and adopted, an activity held with attendance.
 */
public final class SystemSteps {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String REPLY = """
            {"text":"已办理","category":"A","signer":"签发人","contactPerson":"联系人","contactPhone":"0551-1234567"}""";

    private final Api api;
    private final JdbcClient jdbc;
    private final String prefix;

    public SystemSteps(Api api, JdbcClient jdbc, String prefix) {
        this.api = api;
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    public long committee() {
        return jdbc.sql("select committee_id from user_account where username = ?").param(prefix + "staff").query(Long.class).single();
    }

    /** A proposal submitted and filed, replied if {@code replied}. */
    public void proposal(boolean replied) throws Exception {
        var created = api.post(prefix + "member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"系统统计测试提案","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post(prefix + "member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post(prefix + "staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        var assigned = api.post(prefix + "staff", "/api/v1/proposals/" + id + "/assign",
                "{\"mode\":\"SOLE\",\"responsibleUnits\":[%d]}".formatted(unitId())).andExpect(status().isOk());
        if (replied) {
            reply(((Number) api.read(assigned, "$.caseId")).longValue());
        }
    }

    /** A proposal submitted and left unreviewed. */
    public void pendingProposal() throws Exception {
        var created = api.post(prefix + "member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"待审查提案","situation":"情况","analysis":"分析",
                 "suggestions":"建议","category":"ECONOMY","publishable":true}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post(prefix + "member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
    }

    public void suggestion(boolean replied) throws Exception {
        var r = api.post(prefix + "member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"系统统计微建议\",\"body\":\"内容\",\"place\":\"路口\"}"
                .formatted(UUID.randomUUID())).andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.suggestion.id")).longValue();
        var a = api.post(prefix + "staff", "/api/v1/suggestions/" + id + "/accept", "{\"unitId\":" + unitId() + "}").andExpect(status().isOk());
        if (replied) {
            reply(((Number) api.read(a, "$.caseId")).longValue());
        }
    }

    /** A report submitted, accepted, edited into an item, issued in a bulletin and adopted by the city's CPPCC. */
    public void adoptedReport() throws Exception {
        var r = api.post(prefix + "member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"系统统计社情民意","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.report.id")).longValue();
        api.post(prefix + "staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var item = api.post(prefix + "staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"编辑稿\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post(prefix + "staff", "/api/v1/bulletins", "{\"title\":\"专题\",\"recipients\":\"市委、市政府\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post(prefix + "staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post(prefix + "staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        api.post(prefix + "staff", "/api/v1/opinion-items/" + itemId + "/adoptions",
                "{\"level\":\"CITY_CPPCC\",\"on\":\"" + LocalDate.now(ZONE) + "\"}").andExpect(status().isOk());
    }

    /** An activity with both demo members invited, ended an hour ago, one of them marked present. */
    public void heldActivity() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusMinutes(30);
        var r = api.post(prefix + "staff", "/api/v1/activities", """
                {"title":"系统统计活动","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d,%d]}""".formatted(start, start.plusHours(2), memberId("member"), memberId("member2")))
                .andExpect(status().isCreated());
        long activity = ((Number) api.read(r, "$.id")).longValue();
        // held earlier today (the API only publishes activities ahead); still in this year
        jdbc.sql("""
                update activity set starts_at = greatest(date_trunc('day', now()), now() - interval '3 hours'), ends_at = now() - interval '1 minute',
                       checkin_opens_at = greatest(date_trunc('day', now()), now() - interval '3 hours'), checkin_closes_at = now() - interval '1 minute'
                 where id = ?""").param(activity).update();
        api.post(prefix + "staff", "/api/v1/activities/" + activity + "/attendance/" + memberId("member"), null).andExpect(status().isOk());
    }

    /**
     * An activity of a type held on a day (09:00–12:00) with both demo members invited and these of them (users without
     * the prefix, e.g. "member2") marked present: e.g. a training of a past year.
     */
    public long activityOn(String title, String type, LocalDate day, String... present) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusDays(1).withNano(0);
        var r = api.post(prefix + "staff", "/api/v1/activities", """
                {"title":"%s","type":"%s","organiserKind":"OFFICE","organiserName":"办公室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d,%d]}""".formatted(title, type, start, start.plusHours(2), memberId("member"),
                memberId("member2"))).andExpect(status().isCreated());
        long activity = ((Number) api.read(r, "$.id")).longValue();
        jdbc.sql("""
                update activity set starts_at = cast(:day as date) + time '09:00' at time zone 'Asia/Shanghai',
                       ends_at = cast(:day as date) + time '12:00' at time zone 'Asia/Shanghai',
                       checkin_opens_at = cast(:day as date) + time '08:00' at time zone 'Asia/Shanghai',
                       checkin_closes_at = cast(:day as date) + time '12:00' at time zone 'Asia/Shanghai' where id = :id""")
                .param("day", day).param("id", activity).update();
        for (String user : present) {
            attend(activity, user);
        }
        return activity;
    }

    /** Staff mark a demo member (user without the prefix) present at an activity. */
    public void attend(long activity, String user) throws Exception {
        api.post(prefix + "staff", "/api/v1/activities/" + activity + "/attendance/" + memberId(user), null).andExpect(status().isOk());
    }

    private void reply(long caseId) throws Exception {
        long assignment = jdbc.sql("select id from handling_assignment where case_id = ? and status <> 'WITHDRAWN'").param(caseId)
                .query(Long.class).single();
        api.post(prefix + "unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        api.post(prefix + "unit", "/api/v1/handling/assignments/" + assignment + "/reply", REPLY).andExpect(status().isOk());
    }

    private long unitId() {
        return jdbc.sql("select unit_id from user_account where username = ?").param(prefix + "unit").query(Long.class).single();
    }

    private long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(prefix + user).query(Long.class).single();
    }
}
