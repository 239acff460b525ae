package cn.tongxin.activity;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * A year's activity facts read back from the rows equal what the live flow left standing; outputs' outcomes reach their
 * authors; staff correct attendance after archiving, through both doors, and the corrected fact is published.
 */
@IntegrationTest
@RecordApplicationEvents
class ActivityFactsReplayTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ActivityFacts facts;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long committee(long activity) {
        return jdbc.sql("select committee_id from activity where id = ?").param(activity).query(Long.class).single();
    }

    LocalDate held(long activity) {
        return jdbc.sql("select (starts_at at time zone 'Asia/Shanghai')::date from activity where id = ?").param(activity)
                .query(LocalDate.class).single();
    }

    /** An activity with invitees, starting in an hour (check-in opens half an hour before). */
    long activity(String title, String type, long... invitees) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusMinutes(20);
        StringBuilder ids = new StringBuilder();
        for (long m : invitees) {
            ids.append(ids.isEmpty() ? "" : ",").append(m);
        }
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"%s","type":"%s","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%s]}""".formatted(title, type, start, start.plusHours(2), ids)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    void endAndArchive(long activity) throws Exception {
        end(activity);
        api.post("staff", "/api/v1/activities/" + activity + "/close", null).andExpect(status().isOk());
    }

    /** Moved to have ended an hour ago; facts recorded from now on carry its (new) day. */
    void end(long activity) {
        jdbc.sql("""
                update activity set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour',
                       checkin_opens_at = now() - interval '4 hours', checkin_closes_at = now() - interval '1 hour' where id = ?""")
                .param(activity).update();
    }

    long output(long activity, String kind, long... authors) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long m : authors) {
            ids.append(ids.isEmpty() ? "" : ",").append(m);
        }
        var r = api.post("staff", "/api/v1/activities/" + activity + "/outputs", """
                {"kind":"%s","title":"发言或成果","authorIds":[%s]}""".formatted(kind, ids)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    static long activityOf(Object e) {
        return switch (e) {
            case ActivityEvents.MemberFact f -> f.activityId();
            case ActivityEvents.OutputAdopted a -> a.activityId();
            case ActivityEvents.OutputInstructed i -> i.activityId();
            default -> -1;
        };
    }

    List<Object> published(long activity) {
        return events.stream().map(e -> e instanceof PayloadApplicationEvent<?> p ? p.getPayload() : (Object) e)
                .filter(e -> e instanceof ActivityEvents.MemberFact || e instanceof ActivityEvents.OutputAdopted
                        || e instanceof ActivityEvents.OutputInstructed)
                .filter(e -> activityOf(e) == activity).toList();
    }

    List<Object> replayed(long activity) {
        return facts.replay(committee(activity), held(activity).getYear()).stream().filter(e -> activityOf(e) == activity).toList();
    }

    @Test
    void anArchivedActivityIsReplayedAsItsStandingFacts() throws Exception {
        long member = memberId("member");
        long member2 = memberId("member2");
        long id = activity("重演活动", "PLENARY", member, member2);
        end(id);
        api.post("staff", "/api/v1/activities/" + id + "/attendance/" + member, null).andExpect(status().isOk());
        long speech = output(id, "SPEECH_ORAL", member);
        long report = output(id, "RESEARCH_REPORT", member, member2);
        api.post("staff", "/api/v1/activity-outputs/" + report + "/adoptions", "{\"level\":\"CITY_CPPCC\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/activity-outputs/" + report + "/instructions", "{\"leader\":\"张市长\",\"level\":\"CITY\",\"text\":\"阅\"}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + id + "/close", null).andExpect(status().isOk());

        List<Object> live = published(id);
        assertThat(live).hasSize(7); // attended, absent, spoke, 2 × authored, adopted, instructed
        assertThat(live).contains(new ActivityEvents.Spoke(committee(id), id, speech, member, held(id), OutputKind.SPEECH_ORAL,
                ActivityType.PLENARY));
        assertThat(replayed(id)).containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void beforeArchivingNoOneIsAbsentYetAndLeaveIsReplayedAsExcused() throws Exception {
        long member = memberId("member");
        long member2 = memberId("member2");
        long id = activity("未归档重演", "THEMATIC_CONSULTATION", member, member2);
        api.post("member2", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"出差\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + id + "/leave/" + member2, "{\"approve\":true}").andExpect(status().isOk());
        List<Object> live = published(id);
        assertThat(live).containsExactly(new ActivityEvents.Excused(committee(id), id, member2, held(id), ActivityType.THEMATIC_CONSULTATION));
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void anOutputsAdoptionAndInstructionArePublishedForItsAuthorsWithTheDay() throws Exception {
        long member = memberId("member");
        long member2 = memberId("member2");
        long id = activity("成果采用事实", "RESEARCH", member, member2);
        long report = output(id, "RESEARCH_REPORT", member2, member);
        LocalDate today = LocalDate.now(ZONE);
        api.post("staff", "/api/v1/activity-outputs/" + report + "/adoptions", "{\"level\":\"CITY_PARTY_GOVERNMENT\",\"combined\":true}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/activity-outputs/" + report + "/instructions", "{\"leader\":\" 张市长 \",\"level\":\"CITY\",\"text\":\"阅\"}")
                .andExpect(status().isOk());
        List<Long> authors = List.of(Math.min(member, member2), Math.max(member, member2));
        assertThat(events.stream(ActivityEvents.OutputAdopted.class)).containsExactly(new ActivityEvents.OutputAdopted(committee(id), id,
                report, authors, OutputKind.RESEARCH_REPORT, AdoptionLevel.CITY_PARTY_GOVERNMENT, true, today));
        assertThat(events.stream(ActivityEvents.OutputInstructed.class)).containsExactly(new ActivityEvents.OutputInstructed(committee(id),
                id, report, authors, OutputKind.RESEARCH_REPORT, InstructionLevel.CITY, "张市长", today));
    }

    @Test
    void aSpeechAtAPlenaryCarriesTheActivitysType() throws Exception {
        long member = memberId("member");
        long id = activity("大会发言", "PLENARY", member);
        long speech = output(id, "SPEECH_WRITTEN", member);
        assertThat(events.stream(ActivityEvents.Spoke.class)).containsExactly(new ActivityEvents.Spoke(committee(id), id, speech, member,
                held(id), OutputKind.SPEECH_WRITTEN, ActivityType.PLENARY));
    }

    @Test
    void staffCorrectAnAbsenceToExcusedAfterArchivingAndTheFactReplacesTheAbsence() throws Exception {
        long member2 = memberId("member2");
        long id = activity("更正出勤", "THEMATIC_CONSULTATION", memberId("member"), member2);
        endAndArchive(id);
        api.post("staff", "/api/v1/activities/" + id + "/attendance/" + member2 + "/correction",
                "{\"attendance\":\"EXCUSED\",\"reason\":\"会前已电话请假并获批准\"}").andExpect(status().isOk());

        var excused = new ActivityEvents.Excused(committee(id), id, member2, held(id), ActivityType.THEMATIC_CONSULTATION);
        assertThat(events.stream(ActivityEvents.Excused.class)).containsExactly(excused);
        assertThat(replayed(id)).contains(excused)
                .noneMatch(e -> e instanceof ActivityEvents.Absent a && a.memberId() == member2);
        assertThat(jdbc.sql("select comment from timeline_entry where subject_id = ? and action = '更正出勤'").param(id)
                .query(String.class).single()).contains("缺席 → 请假").contains("会前已电话请假并获批准");
        assertThat((String) api.read(api.get("staff", "/api/v1/activities/" + id), "$.participants[?(@.memberId == " + member2
                + ")].attendance").toString()).contains("EXCUSED");
    }

    @Test
    void attendanceIsCorrectedOnlyAfterArchivingWithAReasonForAnInviteeByStaff() throws Exception {
        long member2 = memberId("member2");
        long id = activity("更正规则", "THEMATIC_CONSULTATION", member2);
        String path = "/api/v1/activities/" + id + "/attendance/" + member2 + "/correction";
        api.post("staff", path, "{\"attendance\":\"EXCUSED\",\"reason\":\"已获准假\"}").andExpect(status().isConflict());
        endAndArchive(id);
        api.post("staff", path, "{\"attendance\":\"EXCUSED\",\"reason\":\" \"}").andExpect(status().isUnprocessableContent());
        api.post("staff", "/api/v1/activities/" + id + "/attendance/" + memberId("member") + "/correction",
                "{\"attendance\":\"PRESENT\",\"reason\":\"补登\"}").andExpect(status().isUnprocessableContent());
        api.post("member2", path, "{\"attendance\":\"PRESENT\",\"reason\":\"我来了\"}").andExpect(status().isForbidden());
        api.post("staff", path, "{\"attendance\":\"PRESENT\",\"reason\":\"签到系统故障，现场确认出席\"}").andExpect(status().isOk());
        assertThat(events.stream(ActivityEvents.Attended.class).filter(e -> e.activityId() == id)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(member2));
    }

    @Test
    void thePageOffersTheCorrectionOnlyToStaffAfterArchivingAndTakesIt() throws Exception {
        long member2 = memberId("member2");
        long id = activity("页面更正", "THEMATIC_CONSULTATION", member2);
        var staff = login(mvc, "staff");
        assertThat(page(staff, id)).doesNotContain("attendance-correction");
        endAndArchive(id);
        assertThat(page(staff, id)).contains("attendance-correction");
        assertThat(page(login(mvc, "leader"), id)).doesNotContain("attendance-correction");
        assertThat(page(login(mvc, "member2"), id)).doesNotContain("attendance-correction");

        mvc.perform(post("/activities/" + id + "/attendance/" + member2 + "/correction").session(staff).with(csrf())
                .param("attendance", "EXCUSED").param("reason", "已获准假")).andExpect(status().is3xxRedirection());
        assertThat(events.stream(ActivityEvents.Excused.class).filter(e -> e.activityId() == id)).hasSize(1);
    }

    private String page(org.springframework.mock.web.MockHttpSession session, long id) throws Exception {
        return mvc.perform(get("/activities/" + id).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
