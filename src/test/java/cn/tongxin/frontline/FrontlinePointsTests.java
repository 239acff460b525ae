package cn.tongxin.frontline;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** 一线协商: the register, what the office and a point's members record, and the figures counted from those records. */
@IntegrationTest
class FrontlinePointsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    DemoCommittees committees;

    @BeforeEach
    void api() {
        api = new Api(mvc);
        committees = DemoCommittees.of(jdbc);
    }

    private long memberOf(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    /** An activity of the committee not yet counted at any point, held in {@code year}. */
    private long freeActivity(long committee, int year) {
        return jdbc.sql("""
                select a.id from activity a where a.committee_id = ? and a.status <> 'CANCELLED'
                   and extract(year from a.starts_at at time zone 'Asia/Shanghai') = ?
                   and not exists (select 1 from frontline_point_activity f where f.activity_id = a.id)
                 order by a.id limit 1""").params(committee, year).query(Long.class).single();
    }

    private int activityYear(long committee) {
        return jdbc.sql("""
                select extract(year from starts_at at time zone 'Asia/Shanghai')::int from activity
                 where committee_id = ? and status <> 'CANCELLED' group by 1 order by count(*) desc limit 1""")
                .param(committee).query(Integer.class).single();
    }

    private long register(String user, String name, long... members) throws Exception {
        String ids = java.util.Arrays.stream(members).mapToObj(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
        var created = api.post(user, "/api/v1/frontline/points", """
                {"name":"%s","level":"COMMUNITY","place":"东街社区党群服务中心","establishedOn":"2024-03-01","memberIds":[%s]}"""
                .formatted(name, ids)).andExpect(status().isCreated());
        return ((Number) api.read(created, "$.id")).longValue();
    }

    private long figure(String user, int year, String name) throws Exception {
        return ((Number) api.read(api.get(user, "/api/v1/frontline/totals?year=" + year).andExpect(status().isOk()), "$." + name)).longValue();
    }

    @Test
    void whatAPointsMemberRecordsIsCountedByTheDayItHappened() throws Exception {
        int year = activityYear(committees.city());
        long activity = freeActivity(committees.city(), year);
        long activities = figure("staff", year, "activities");
        long participants = figure("staff", year, "participants");
        int thisYear = LocalDate.now().getYear();
        long raised = figure("staff", thisYear, "problemsRaised");
        long solved = figure("staff", thisYear, "problemsSolved");
        long earlier = figure("staff", year - 1, "activities") + figure("staff", year - 1, "participants");

        long point = register("staff", "测试社区协商点" + UUID.randomUUID().toString().substring(0, 6), memberOf("member"));
        api.post("member", "/api/v1/frontline/points/" + point + "/activities", """
                {"activityId":%d,"participants":35}""".formatted(activity)).andExpect(status().isOk());
        var problem = api.post("member", "/api/v1/frontline/points/" + point + "/problems", """
                {"title":"小区路灯损坏","detail":"东街3号楼前路灯损坏两个月","raisedOn":"%s","activityId":%d}""".formatted(LocalDate.now(), activity))
                .andExpect(status().isCreated());
        long problemId = ((Number) api.read(problem, "$.id")).longValue();
        api.post("member", "/api/v1/frontline/problems/" + problemId + "/solve", """
                {"solution":"街道已更换路灯","solvedOn":"%s"}""".formatted(LocalDate.now())).andExpect(status().isOk());

        assertThat(figure("staff", year, "activities")).isEqualTo(activities + 1);
        assertThat(figure("staff", year, "participants")).isEqualTo(participants + 35);
        assertThat(figure("leader", thisYear, "problemsRaised")).isEqualTo(raised + 1);
        assertThat(figure("leader", thisYear, "problemsSolved")).isEqualTo(solved + 1);
        api.get("member2", "/api/v1/frontline/points/" + point).andExpect(status().isOk())
                .andExpect(jsonPath("$.activities[0].participants").value(35))
                .andExpect(jsonPath("$.problems[0].status").value("SOLVED"))
                .andExpect(jsonPath("$.mayRecord").value(false));
        // the activity counts in the year it was held, not in another
        assertThat(figure("staff", year - 1, "activities") + figure("staff", year - 1, "participants")).isEqualTo(earlier);
    }

    @Test
    void onlyTheOfficeAndThePointsMembersRecordAndUnitsDoNotRead() throws Exception {
        long point = register("staff", "测试村协商点" + UUID.randomUUID().toString().substring(0, 6), memberOf("member"));
        long activity = freeActivity(committees.city(), activityYear(committees.city()));
        api.post("member2", "/api/v1/frontline/points/" + point + "/activities", "{\"activityId\":" + activity + "}")
                .andExpect(status().isForbidden());
        api.post("member2", "/api/v1/frontline/points/" + point + "/problems", """
                {"title":"道路积水","raisedOn":"%s"}""".formatted(LocalDate.now())).andExpect(status().isForbidden());
        api.post("member", "/api/v1/frontline/points", """
                {"name":"委员自行登记","level":"VILLAGE","establishedOn":"2024-01-01"}""").andExpect(status().isForbidden());
        api.get("unit", "/api/v1/frontline/points").andExpect(status().isForbidden());
        api.get("leader", "/api/v1/frontline/points/" + point).andExpect(status().isOk()).andExpect(jsonPath("$.mayRecord").value(false));
        assertThat(jdbc.sql("select count(*) from frontline_point_activity where point_id = ?").param(point).query(Long.class).single()).isZero();
    }

    @Test
    void anotherCommitteesPointsActivitiesAndMembersAreNotTheirs() throws Exception {
        long point = register("staff", "测试跨会协商点" + UUID.randomUUID().toString().substring(0, 6));
        api.get("dc_staff", "/api/v1/frontline/points/" + point).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/frontline/points/" + point + "/close", null).andExpect(status().isNotFound());
        var start = java.time.LocalDateTime.now().minusDays(3).withNano(0);
        long countyActivity = ((Number) api.read(api.post("dc_staff", "/api/v1/activities", """
                {"title":"东城区屋场恳谈","type":"COURTYARD_TALK","organiserKind":"OFFICE","organiserName":"办公室","startsAt":"%s","endsAt":"%s",
                 "place":"东城区某村","memberIds":[%d]}""".formatted(start, start.plusHours(2), memberOf("dc_member")))
                .andExpect(status().isCreated()), "$.id")).longValue();
        api.post("staff", "/api/v1/frontline/points/" + point + "/activities", "{\"activityId\":" + countyActivity + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("所选活动不存在或不属于本会")));
        api.post("staff", "/api/v1/frontline/points", """
                {"name":"带外会委员的点","level":"TOWN","establishedOn":"2024-01-01","memberIds":[%d]}""".formatted(memberOf("dc_member")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("所选委员不存在或不属于本会")));
        assertThat(api.read(api.get("dc_staff", "/api/v1/frontline/points?size=200").andExpect(status().isOk()), "$.items[*].id").toString())
                .doesNotContain(String.valueOf(point));
    }

    @Test
    void illegalStepsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        long point = register("staff", "测试撤销协商点" + UUID.randomUUID().toString().substring(0, 6), memberOf("member"));
        long activity = freeActivity(committees.city(), activityYear(committees.city()));
        long other = register("staff", "测试另一协商点" + UUID.randomUUID().toString().substring(0, 6));
        api.post("staff", "/api/v1/frontline/points/" + point + "/activities", "{\"activityId\":" + activity + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/frontline/points/" + other + "/activities", "{\"activityId\":" + activity + "}")
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("一个活动只计入一个协商点")));
        var problem = api.post("staff", "/api/v1/frontline/points/" + point + "/problems", """
                {"title":"垃圾清运不及时","raisedOn":"%s"}""".formatted(LocalDate.now())).andExpect(status().isCreated());
        long problemId = ((Number) api.read(problem, "$.id")).longValue();
        api.post("staff", "/api/v1/frontline/problems/" + problemId + "/solve", "{\"solution\":\"已协调环卫\"}").andExpect(status().isOk());
        api.post("staff", "/api/v1/frontline/problems/" + problemId + "/solve", "{\"solution\":\"再次登记\"}").andExpect(status().isConflict());
        api.post("member", "/api/v1/frontline/problems/" + problemId + "/reopen", null).andExpect(status().isForbidden());
        api.post("staff", "/api/v1/frontline/points/" + point + "/close", "{\"closedOn\":\"2020-01-01\"}").andExpect(status().isUnprocessableContent());
        api.post("staff", "/api/v1/frontline/points/" + point + "/close", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/frontline/points/" + point + "/close", null).andExpect(status().isConflict());
        api.post("member", "/api/v1/frontline/points/" + point + "/problems", """
                {"title":"撤销后登记","raisedOn":"%s"}""".formatted(LocalDate.now())).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from frontline_problem where point_id = ?").param(point).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select solution from frontline_problem where id = ?").param(problemId).query(String.class).single()).isEqualTo("已协调环卫");
        api.post("staff", "/api/v1/frontline/points/" + point + "/reopen", null).andExpect(status().isOk());
    }

    @Test
    void badInputIsNamedAndStaleEditsAreDetected() throws Exception {
        api.post("staff", "/api/v1/frontline/points", """
                {"name":"","establishedOn":"2999-01-01"}""").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写协商点名称")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请选择层级")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("设立日期不能晚于今天")));
        api.get("staff", "/api/v1/frontline/totals?year=abc").andExpect(status().isBadRequest());
        api.get("staff", "/api/v1/frontline/totals?year=1800").andExpect(status().isBadRequest());
        long point = register("staff", "测试修改协商点" + UUID.randomUUID().toString().substring(0, 6));
        int version = api.read(api.get("staff", "/api/v1/frontline/points/" + point), "$.version");
        String edit = """
                {"name":"测试修改后%s","level":"TOWN","establishedOn":"2024-03-01","memberIds":[],"version":%d}""";
        api.put("staff", "/api/v1/frontline/points/" + point, edit.formatted(UUID.randomUUID().toString().substring(0, 4), version))
                .andExpect(status().isOk());
        api.put("staff", "/api/v1/frontline/points/" + point, edit.formatted(UUID.randomUUID().toString().substring(0, 4), version))
                .andExpect(status().isConflict());
    }

    @Test
    void theFormKeepsWhatWasTypedWhenRefusedAndThePagesShowTheRegister() throws Exception {
        var session = login(mvc, "staff");
        mvc.perform(post("/frontline").param("name", "城关镇西街社区协商点（草稿）").param("place", "西街文化站").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"城关镇西街社区协商点（草稿）\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请选择层级")));
        long point = register("staff", "测试页面协商点" + UUID.randomUUID().toString().substring(0, 6), memberOf("member"));
        mvc.perform(get("/frontline").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试页面协商点")));
        mvc.perform(get("/frontline/" + point).session(login(mvc, "member"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登记问题")));
        mvc.perform(get("/frontline/" + point).session(login(mvc, "member2"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"solution\""))));
        mvc.perform(get("/frontline/new").session(login(mvc, "member"))).andExpect(status().isForbidden());
        var refused = mvc.perform(post("/frontline/" + point + "/problems").param("title", "").param("detail", "占道经营影响通行")
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("请填写问题")))
                .andReturn();
        mvc.perform(get("/frontline/" + point).session(session).flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">占道经营影响通行</textarea>")));
        assertThat(jdbc.sql("select count(*) from frontline_problem where point_id = ?").param(point).query(Long.class).single()).isZero();
    }
}
