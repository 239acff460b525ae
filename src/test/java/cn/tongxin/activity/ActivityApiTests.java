package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.activity.internal.Activities;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * The steps the consultation plan, supervision, appraisal and output pages offer, through /api/v1 with the same rules;
 * permissions across roles and committees (ids in request bodies too); archiving and the facts it publishes.
 */
@IntegrationTest
@RecordApplicationEvents
class ActivityApiTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ActivityClosing closing;
    @Autowired
    Activities activities;
    @Autowired
    TransactionTemplate tx;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long unitId(String user) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long activity(String staff, String title, int startsInMinutes, long... invitees) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusMinutes(startsInMinutes);
        StringBuilder ids = new StringBuilder();
        for (long m : invitees) {
            ids.append(ids.isEmpty() ? "" : ",").append(m);
        }
        var r = api.post(staff, "/api/v1/activities", """
                {"title":"%s","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%s]}""".formatted(title, start, start.plusHours(2), ids)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    void endedHoursAgo(long activity, int hours) {
        jdbc.sql("""
                update activity set starts_at = now() - make_interval(hours => ? + 2), ends_at = now() - make_interval(hours => ?),
                       checkin_opens_at = now() - make_interval(hours => ? + 3), checkin_closes_at = now() - make_interval(hours => ?) where id = ?""")
                .params(hours, hours, hours, hours, activity).update();
    }

    List<String> actions(String user, long activity) throws Exception {
        return api.read(api.get(user, "/api/v1/activities/" + activity).andExpect(status().isOk()), "$.actions");
    }

    @Test
    void theConsultationPlanStepByStepWithItsRules() throws Exception {
        var created = api.post("staff", "/api/v1/consultation-plan", """
                {"year":2031,"topic":"关于发展银发经济的专题协商","type":"THEMATIC_CONSULTATION","month":5}""").andExpect(status().isCreated());
        long item = ((Number) api.read(created, "$.id")).longValue();
        api.post("staff", "/api/v1/consultation-plan", "{\"year\":2031,\"topic\":\"调研\",\"type\":\"RESEARCH\",\"month\":5}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[?(@.field == 'type')].message").value("请选择协商形式"));
        api.post("member", "/api/v1/consultation-plan", "{\"year\":2031,\"topic\":\"委员自列\",\"type\":\"THEMATIC_CONSULTATION\",\"month\":5}")
                .andExpect(status().isForbidden());
        String path = "/api/v1/consultation-plan/" + item;
        List<String> staffActions = api.read(api.get("staff", "/api/v1/consultation-plan?year=2031"), "$[?(@.id == " + item + ")].actions[*]");
        assertThat(staffActions).containsExactly("CARRY_OUT");
        List<String> leaderActions = api.read(api.get("leader", "/api/v1/consultation-plan?year=2031"), "$[?(@.id == " + item + ")].actions[*]");
        assertThat(leaderActions).isEmpty();
        api.get("member", "/api/v1/consultation-plan?year=2031").andExpect(status().isForbidden());

        api.post("staff", path + "/feedback", null).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("议题开展后才能登记反馈"));
        api.post("staff", path + "/activity", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("请填写活动编号"));
        long county = activity("dc_staff", "区政协的协商", 600);
        api.post("staff", path + "/activity", "{\"activityId\":" + county + "}").andExpect(status().isNotFound());
        api.post("leader", path + "/activity", "{\"activityId\":" + county + "}").andExpect(status().isForbidden());
        long held = activity("staff", "银发经济专题协商", 600);
        api.post("dc_staff", path + "/activity", "{\"activityId\":" + county + "}").andExpect(status().isNotFound());
        api.post("staff", path + "/activity", "{\"activityId\":" + held + "}").andExpect(status().isOk());
        api.post("staff", path + "/activity", "{\"activityId\":" + held + "}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有“计划”状态的议题可以关联开展的活动"));
        var done = api.get("staff", "/api/v1/consultation-plan?year=2031");
        assertThat((List<String>) api.read(done, "$[?(@.id == " + item + ")].status")).containsExactly("DONE");
        assertThat((List<String>) api.read(done, "$[?(@.id == " + item + ")].actions[*]")).containsExactly("RECORD_FEEDBACK");
        api.post("dc_staff", path + "/feedback", null).andExpect(status().isNotFound());
        api.post("staff", path + "/feedback", null).andExpect(status().isOk());
        assertThat((List<String>) api.read(api.get("leader", "/api/v1/consultation-plan?year=2031"), "$[?(@.id == " + item + ")].status"))
                .containsExactly("FEEDBACK");
        assertThat(events.stream(ConsultationPlanItem.FeedbackRecorded.class)).extracting(ConsultationPlanItem.FeedbackRecorded::itemId).contains(item);
    }

    @Test
    void supervisionGroupsOnlyOfTheCommitteesOwnMembersAndUnits() throws Exception {
        String body = """
                {"name":"%s","unitId":%d,"leaderId":%d,"memberIds":[%d],"startsOn":"2031-03-01","endsOn":"2031-12-31"}""";
        long unit = unitId("unit");
        var created = api.post("staff", "/api/v1/supervision/groups", body.formatted("派驻市发改委监督小组", unit, memberId("member"), memberId("member2")))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.id")).longValue();
        List<String> names = api.read(api.get("leader", "/api/v1/supervision/groups?year=2031").andExpect(status().isOk()), "$[?(@.id == " + id + ")].memberNames[*]");
        assertThat(names).hasSize(2);
        // ids of another committee inside the body are refused
        api.post("staff", "/api/v1/supervision/groups", body.formatted("混入区委员", unit, memberId("member"), memberId("dc_member")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("所选委员不存在"));
        api.post("staff", "/api/v1/supervision/groups", body.formatted("区委员任组长", unit, memberId("dc_member"), memberId("member2")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[?(@.field == 'leaderId')].message").value("请选择组长"));
        api.post("staff", "/api/v1/supervision/groups", body.formatted("派驻区单位", unitId("dc_unit"), memberId("member"), memberId("member2")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[?(@.field == 'unitId')].message").value("请选择派驻单位"));
        api.post("member", "/api/v1/supervision/groups", body.formatted("委员自建", unit, memberId("member"), memberId("member2")))
                .andExpect(status().isForbidden());
        api.get("unit", "/api/v1/supervision/groups").andExpect(status().isForbidden());
        List<Object> county = api.read(api.get("dc_staff", "/api/v1/supervision/groups?year=2031"), "$[?(@.id == " + id + ")]");
        assertThat(county).isEmpty();
    }

    @Test
    void appraisalsAreStartedThroughTheApiWithRatersOfTheCommitteeOnly() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZONE);
        String body = """
                {"unitId":%d,"title":"%s","dimensions":["依法行政","服务效能"],"raterIds":[%d,%d],"opensAt":"%s","closesAt":"%s"}""";
        long unit = unitId("unit");
        var created = api.post("staff", "/api/v1/appraisals", body.formatted(unit, "接口发起的评议", memberId("member"), memberId("member2"),
                now.minusHours(1), now.plusHours(1))).andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.id")).longValue();
        List<Object> mine = api.read(api.get("member", "/api/v1/appraisals").andExpect(status().isOk()), "$[?(@.id == " + id + ")]");
        assertThat(mine).hasSize(1);
        api.post("member", "/api/v1/appraisals/" + id + "/scores", "{\"scores\":[88,92]}").andExpect(status().isOk());
        api.post("staff", "/api/v1/appraisals", body.formatted(unit, "混入区委员", memberId("member"), memberId("dc_member"),
                now.minusHours(1), now.plusHours(1))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'raterIds')].message").value("所选委员不存在"));
        api.post("staff", "/api/v1/appraisals", body.formatted(unitId("dc_unit"), "评区单位", memberId("member"), memberId("member2"),
                now.minusHours(1), now.plusHours(1))).andExpect(status().isUnprocessableContent());
        api.post("member", "/api/v1/appraisals", body.formatted(unit, "委员发起", memberId("member"), memberId("member2"),
                now.minusHours(1), now.plusHours(1))).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/appraisals/" + id + "/results").andExpect(status().isNotFound());
        List<Object> county = api.read(api.get("dc_staff", "/api/v1/appraisals"), "$[?(@.id == " + id + ")]");
        assertThat(county).isEmpty();
    }

    @Test
    void outputOutcomesAreRecordedThroughTheApiByStaffOfTheCommittee() throws Exception {
        long activity = activity("staff", "成果登记测试", 600, memberId("member"));
        var output = api.post("staff", "/api/v1/activities/" + activity + "/outputs", """
                {"kind":"FORMAL_RECOMMENDATION","title":"关于养老服务的建议案","authorIds":[%d]}""".formatted(memberId("member")))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(output, "$.id")).longValue();
        api.post("staff", "/api/v1/activity-outputs/" + id + "/adoptions", "{\"level\":\"CITY_PARTY_GOVERNMENT\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/activity-outputs/" + id + "/instructions", "{\"leader\":\"张市长\",\"level\":\"CITY\",\"text\":\"请民政局研究落实\"}")
                .andExpect(status().isOk());
        api.post("member", "/api/v1/activity-outputs/" + id + "/adoptions", "{\"level\":\"CITY_CPPCC\"}").andExpect(status().isForbidden());
        api.post("dc_staff", "/api/v1/activity-outputs/" + id + "/instructions", "{\"leader\":\"李区长\",\"level\":\"CITY\",\"text\":\"阅\"}")
                .andExpect(status().isNotFound());
        var page = api.get("staff", "/api/v1/activities/" + activity);
        assertThat((List<String>) api.read(page, "$.outputs[0].outcomes.adoptions[*].level")).containsExactly("CITY_PARTY_GOVERNMENT");
        assertThat((List<String>) api.read(page, "$.outputs[0].outcomes.instructions[*].instructedOn"))
                .containsExactly(LocalDate.now(ZONE).toString());
        assertThat(events.stream(ActivityEvents.Authored.class)).contains(new ActivityEvents.Authored(
                jdbc.sql("select committee_id from activity where id = ?").param(activity).query(Long.class).single(), activity, id,
                memberId("member"), held(activity), OutputKind.FORMAL_RECOMMENDATION,
                ActivityType.THEMATIC_CONSULTATION));
    }

    @Test
    void signupClosesAndReopensAndTheOfferedActionsFollowTheTable() throws Exception {
        long id = activity("staff", "报名截止测试", 600, memberId("member"));
        var staffParties = EnumSet.of(ActivityParty.STAFF);
        assertThat(actions("staff", id)).isEqualTo(names(ActivityWorkflow.offered(ActivityStatus.SIGNUP_OPEN, staffParties,
                new ActivityWorkflow.Guards(false, false))));
        assertThat(actions("member", id)).containsExactly("SIGN_UP", "REQUEST_LEAVE");
        assertThat(actions("leader", id)).isEmpty();
        api.get("member2", "/api/v1/activities/" + id).andExpect(status().isNotFound());
        api.post("member", "/api/v1/activities/" + id + "/signup-open", "{\"open\":false}").andExpect(status().isForbidden());
        api.post("dc_staff", "/api/v1/activities/" + id + "/signup-open", "{\"open\":false}").andExpect(status().isNotFound());
        api.post("staff", "/api/v1/activities/" + id + "/signup-open", "{\"open\":false}").andExpect(status().isOk());
        api.post("member", "/api/v1/activities/" + id + "/sign-up", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("报名已截止"));
        assertThat((String) api.read(api.get("staff", "/api/v1/activities/" + id), "$.status")).isEqualTo("SIGNUP_CLOSED");
        assertThat(actions("staff", id)).contains("REOPEN_SIGNUP").doesNotContain("CLOSE_SIGNUP", "CLOSE");
        assertThat(actions("member", id)).isEmpty();
        api.post("staff", "/api/v1/activities/" + id + "/signup-open", "{\"open\":true}").andExpect(status().isOk());
        api.post("member", "/api/v1/activities/" + id + "/sign-up", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/activities/" + id + "/close", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("活动结束后才能归档"));
    }

    @Test
    void archivingFixesAttendanceAndPublishesTheAbsences() throws Exception {
        long other = jdbc.sql("""
                select m.id from member m join user_account u on u.username = 'member' join member me on me.id = u.member_id
                 where m.committee_id = me.committee_id and m.status = 'ACTIVE' and not exists (select 1 from user_account a where a.member_id = m.id)
                 order by m.id desc limit 1""").query(Long.class).single();
        long id = activity("staff", "归档测试", 600, memberId("member"), memberId("member2"), other);
        api.post("member2", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"出差\"}").andExpect(status().isOk());
        endedHoursAgo(id, 1);
        api.post("staff", "/api/v1/activities/" + id + "/attendance/" + memberId("member"), null).andExpect(status().isOk());
        assertThat(actions("staff", id)).contains("CLOSE", "DECIDE_LEAVE", "MARK_PRESENT", "RECORD_OUTPUT");
        api.post("staff", "/api/v1/activities/" + id + "/leave/" + memberId("member2"), "{\"approve\":true}").andExpect(status().isOk());
        api.post("member", "/api/v1/activities/" + id + "/close", null).andExpect(status().isForbidden());
        api.post("staff", "/api/v1/activities/" + id + "/close", null).andExpect(status().isOk());
        assertThat((String) api.read(api.get("staff", "/api/v1/activities/" + id), "$.status")).isEqualTo("CLOSED");
        assertThat(actions("staff", id)).containsExactly("RECORD_OUTPUT", "CORRECT_ATTENDANCE");
        LocalDate held = held(id);
        assertThat(events.stream(ActivityEvents.Attended.class).filter(e -> e.activityId() == id))
                .extracting(ActivityEvents.Attended::memberId, ActivityEvents.Attended::on).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(memberId("member"), held));
        assertThat(events.stream(ActivityEvents.Excused.class).filter(e -> e.activityId() == id))
                .extracting(ActivityEvents.Excused::memberId).containsExactly(memberId("member2"));
        assertThat(events.stream(ActivityEvents.Absent.class).filter(e -> e.activityId() == id))
                .extracting(ActivityEvents.Absent::memberId, ActivityEvents.Absent::on).containsExactly(org.assertj.core.groups.Tuple.tuple(other, held));
        // attendance is final once archived
        api.post("staff", "/api/v1/activities/" + id + "/attendance/" + other, null).andExpect(status().isConflict());
        api.post("staff", "/api/v1/activities/" + id + "/close", null).andExpect(status().isConflict());
    }

    @Test
    void theDailyClosingArchivesActivitiesADayAfterTheirEndOnce() throws Exception {
        long yesterday = activity("staff", "昨日活动", 600, memberId("member2"));
        long justNow = activity("staff", "刚结束的活动", 600, memberId("member2"));
        endedHoursAgo(yesterday, 30);
        endedHoursAgo(justNow, 0);
        LocalDate today = LocalDate.now(ZONE);
        jdbc.sql("update activity set ends_at = ?::date::timestamp at time zone 'Asia/Shanghai' - interval '1 hour' where id = ?")
                .params(today.toString(), yesterday).update();
        assertThat(closing.closeEndedBefore(today)).isPositive();
        assertThat(jdbc.sql("select status from activity where id = ?").param(yesterday).query(String.class).single()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select status from activity where id = ?").param(justNow).query(String.class).single()).isNotEqualTo("CLOSED");
        assertThat(events.stream(ActivityEvents.Absent.class).filter(e -> e.activityId() == yesterday)).hasSize(1);
        closing.closeEndedBefore(today);
        assertThat(events.stream(ActivityEvents.Absent.class).filter(e -> e.activityId() == yesterday)).hasSize(1);
    }

    @Test
    void anActivityLinksAndInvitesOnlyWhatBelongsToItsCommittee() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusDays(3);
        String body = """
                {"title":"对口协商","type":"COUNTERPART_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d],"proposalIds":[%s],"unitIds":[%s]}""";
        refused(api.post("staff", "/api/v1/activities", body.formatted(start, start.plusHours(2), memberId("dc_member"), "", "")),
                "memberIds", "所选委员不存在或不属于本会");
        refused(api.post("staff", "/api/v1/activities", body.formatted(start, start.plusHours(2), memberId("member"), "", unitId("dc_unit"))),
                "unitIds", "所选承办单位不存在或不属于本会");
        refused(api.post("staff", "/api/v1/activities", body.formatted(start, start.plusHours(2), memberId("member"), "987654321", "")),
                "proposalIds", "所选提案不存在或不属于本会");
        var county = jdbc.sql("""
                select p.id from proposal p join committee c on c.id = p.committee_id where c.name <> '示例市政协' order by p.id limit 1""")
                .query(Long.class).optional();
        if (county.isPresent()) {
            refused(api.post("staff", "/api/v1/activities", body.formatted(start, start.plusHours(2), memberId("member"), county.get(), "")),
                    "proposalIds", "所选提案不存在或不属于本会");
        }
        api.post("staff", "/api/v1/activities", body.formatted(start, start.plusHours(2), memberId("member"), "", unitId("unit")))
                .andExpect(status().isCreated());
    }

    /** Sectors, special committees and studios invited as groups: another committee's are refused, naming the field. */
    @Test
    void anActivityRefusesAnotherCommitteesGroupsNamingTheField() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusDays(3);
        long before = jdbc.sql("select count(*) from activity").query(Long.class).single();
        for (var group : List.of(List.of("sectorIds", "SECTOR", "界别"), List.of("specialCommitteeIds", "SPECIAL_COMMITTEE", "专委会"),
                List.of("studioIds", "STUDIO", "委员工作室"))) {
            long foreign = orgUnit("示例市东城区政协", group.get(1));
            String body = """
                    {"title":"界别协商","type":"SECTOR_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                     "place":"会议室","%s":[%d]}""".formatted(start, start.plusHours(2), group.get(0), foreign);
            refused(api.post("staff", "/api/v1/activities", body), group.get(0), "所选" + group.get(2) + "不存在或不属于本会");
            long own = orgUnit("示例市政协", group.get(1));
            api.post("staff", "/api/v1/activities", body.replace("[" + foreign + "]", "[" + own + "]")).andExpect(status().isCreated());
        }
        assertThat(jdbc.sql("select count(*) from activity").query(Long.class).single()).isEqualTo(before + 3);
    }

    /** A member's unsubmitted draft is theirs: it cannot be linked to an activity (whose page would show its title). */
    @Test
    void anActivityCannotLinkAMembersDraft() throws Exception {
        var draft = api.post("member", "/api/v1/proposals", """
                {"requestKey":"draft-link-%d","title":"尚未提交的草稿","body":"正文，建议如下","category":"ECONOMY"}""".formatted(System.nanoTime()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(draft, "$.proposal.id")).longValue();
        LocalDateTime start = LocalDateTime.now(ZONE).plusDays(3);
        refused(api.post("staff", "/api/v1/activities", """
                {"title":"提案办理协商","type":"PROPOSAL_CONSULTATION","organiserKind":"OFFICE","organiserName":"提案委","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","proposalIds":[%d]}""".formatted(start, start.plusHours(2), id)), "proposalIds", "所选提案不存在或不属于本会");
    }

    private long orgUnit(String committee, String kind) {
        return jdbc.sql("""
                select u.id from org_unit u join committee c on c.id = u.committee_id where c.name = ? and u.kind = ? order by u.id limit 1""")
                .params(committee, kind).query(Long.class).single();
    }

    private static void refused(org.springframework.test.web.servlet.ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message").value(message));
    }

    @Test
    void stepsOnOneActivityTakeTurnsOnItsRow() throws Exception {
        long id = activity("staff", "锁测试", 600);
        long committee = jdbc.sql("select committee_id from activity where id = ?").param(id).query(Long.class).single();
        tx.executeWithoutResult(s -> {
            activities.findLockedByIdAndCommitteeId(id, committee).orElseThrow();
            var other = CompletableFuture.supplyAsync(() -> jdbc.sql("select id from activity where id = ? for update nowait").param(id)
                    .query(Long.class).single());
            assertThatThrownBy(other::join).hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class);
        });
    }

    /** The day the activity is held, in Beijing. */
    LocalDate held(long activity) {
        return jdbc.sql("select (starts_at at time zone 'Asia/Shanghai')::date from activity where id = ?").param(activity)
                .query(LocalDate.class).single();
    }

    private static List<String> names(List<ActivityAction> actions) {
        return actions.stream().map(Enum::name).toList();
    }
}
