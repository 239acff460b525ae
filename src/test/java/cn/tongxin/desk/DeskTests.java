package cn.tongxin.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;
import cn.tongxin.web.StatementCounter;

/** The home page shows each role its work: queues that open lists of the same size, in the user's own committee only. */
@IntegrationTest
class DeskTests {

    private static final Pattern LIST_TOTAL = Pattern.compile("共 <strong>(\\d+)</strong> 条");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long memberId(String user) {
        return id("select member_id from user_account where username = ?", user);
    }

    long draft(String user, String title) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(created, "$.proposal.id")).longValue();
    }

    long submitted(String user, String title) throws Exception {
        long id = draft(user, title);
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    /** Filed and assigned to the committee's first demo unit, due {@code dueInDays} from today. */
    long assigned(String prefix, String title, int dueInDays) throws Exception {
        long id = submitted(prefix + "member", title);
        api.post(prefix + "staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = id("select unit_id from user_account where username = ?", prefix + "unit");
        api.post(prefix + "staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        jdbc.sql("""
                update handling_assignment set due_date = current_date + ? where case_id =
                  (select id from handling_case where subject_type = 'PROPOSAL' and subject_id = ?)""").params(dueInDays, id).update();
        return id;
    }

    long activity(String staff, String title, int startsInHours, String... invitees) throws Exception {
        return activityInMinutes(staff, title, startsInHours * 60, invitees);
    }

    long activityInMinutes(String staff, String title, int startsInMinutes, String... invitees) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(startsInMinutes);
        List<String> ids = java.util.Arrays.stream(invitees).map(u -> String.valueOf(memberId(u))).toList();
        var r = api.post(staff, "/api/v1/activities", """
                {"title":"%s","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"政协三楼会议室","memberIds":[%s]}""".formatted(title, start, start.plusHours(2), String.join(",", ids)))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long listTotal(MockHttpSession session, String link) throws Exception {
        Matcher m = LIST_TOTAL.matcher(page(session, link));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    List<Map<String, Object>> queues(String user) throws Exception {
        return api.read(api.get(user, "/api/v1/me/desk").andExpect(status().isOk()), "$.office.queues");
    }

    @Test
    void eachOfficeQueueCountsWhatTheListItOpensShows() throws Exception {
        submitted("member", "工作台待审查的提案");
        assigned("", "工作台超期未办复的提案", -3);
        long reassign = assigned("", "工作台申请调整的提案", 10);
        long assignment = id("select a.id from handling_assignment a join handling_case c on c.id = a.case_id"
                + " where c.subject_type = 'PROPOSAL' and c.subject_id = ?", reassign);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reassignment", "{\"reason\":\"不属于本单位职责\"}")
                .andExpect(status().isOk());
        long leave = activity("staff", "工作台请假待批的活动", 48, "member");
        api.post("member", "/api/v1/activities/" + leave + "/leave", "{\"reason\":\"出差\"}").andExpect(status().isOk());
        MockHttpSession staff = Logins.login(mvc, "staff");
        List<Map<String, Object>> queues = queues("staff");
        assertThat(queues).extracting(q -> q.get("label")).containsExactly("待审查提案", "超期未办复提案", "承办单位申请调整",
                "承办单位申请延期", "待处理社情民意", "待审核微建议", "活动请假待批");
        for (Map<String, Object> q : queues) {
            long count = ((Number) q.get("count")).longValue();
            assertThat(listTotal(staff, (String) q.get("link"))).as(q.get("label") + " → " + q.get("link")).isEqualTo(count);
        }
        assertThat(queues).filteredOn(q -> ((Number) q.get("count")).longValue() > 0).extracting(q -> q.get("label"))
                .contains("待审查提案", "超期未办复提案", "承办单位申请调整", "活动请假待批");
        // the page shows the same numbers as the API
        String home = page(staff, "/");
        for (Map<String, Object> q : queues) {
            assertThat(home).contains("<span>" + q.get("label") + "</span><span class=\"value\">" + q.get("count") + "</span>");
        }
    }

    @Test
    void nothingOfAnotherCommitteeAppearsOnTheDesk() throws Exception {
        long countyBefore = ((Number) queues("dc_staff").getFirst().get("count")).longValue();
        long cityBefore = ((Number) queues("staff").getFirst().get("count")).longValue();
        submitted("member", "只属于市政协的提案");
        assertThat(((Number) queues("staff").getFirst().get("count")).longValue()).isEqualTo(cityBefore + 1);
        assertThat(((Number) queues("dc_staff").getFirst().get("count")).longValue()).isEqualTo(countyBefore);
        // a city activity inviting the city member is not on the county member's desk, nor a city unit's case on the county unit's
        activity("staff", "市政协的调研活动", 30, "member");
        assigned("", "市政协交办的提案", 10);
        String county = page(Logins.login(mvc, "dc_member"), "/") + page(Logins.login(mvc, "dc_unit"), "/");
        assertThat(county).doesNotContain("市政协的调研活动").doesNotContain("市政协交办的提案").doesNotContain("只属于市政协的提案");
        List<String> links = api.read(api.get("dc_member", "/api/v1/me/desk"), "$.member.todo[*].link");
        for (String link : links) {
            if (link.startsWith("/proposals/")) {
                assertThat(id("select committee_id from proposal where id = ?", Long.parseLong(link.substring(11))))
                        .isEqualTo(id("select committee_id from user_account where username = 'dc_member'"));
            }
        }
    }

    @Test
    void theMemberSeesInvitationsActivitiesAndTheirYear() throws Exception {
        long invitation = draft("member2", "邀请联名的工作台提案");
        api.post("member2", "/api/v1/proposals/" + invitation + "/invitations", "{\"memberIds\":[" + memberId("member") + "]}")
                .andExpect(status().isOk());
        // the soonest of the member's coming activities (other tests invite the demo member too): shown among the first five
        activityInMinutes("staff", "工作台上的视察活动", 2, "member");
        var desk = api.get("member", "/api/v1/me/desk").andExpect(status().isOk());
        List<String> kinds = api.read(desk, "$.member.todo[*].kind");
        List<String> titles = api.read(desk, "$.member.todo[*].title");
        assertThat(kinds).contains("联名邀请", "待报名活动");
        assertThat(titles).contains("邀请联名的工作台提案", "工作台上的视察活动");
        List<String> coming = api.read(desk, "$.member.coming[*].title");
        assertThat(coming).contains("工作台上的视察活动");
        assertThat((Object) api.read(desk, "$.office")).isNull();
        assertThat((Object) api.read(desk, "$.unit")).isNull();
        assertThat((Object) api.read(desk, "$.leader")).isNull();
        String home = page(Logins.login(mvc, "member"), "/");
        assertThat(home).contains("工作台上的视察活动").contains("政协三楼会议室").contains("年履职概览");
    }

    @Test
    void theUnitSeesItsCasesByDeadlineOverdueFirstWithTheirKind() throws Exception {
        assigned("xs_", "西山县下月到期的提案", 30);
        assigned("xs_", "西山县已超期的提案", -2);
        var desk = api.get("xs_unit", "/api/v1/me/desk").andExpect(status().isOk());
        List<String> titles = api.read(desk, "$.unit.cases[*].title");
        assertThat(titles).contains("西山县已超期的提案", "西山县下月到期的提案");
        assertThat(titles.indexOf("西山县已超期的提案")).isLessThan(titles.indexOf("西山县下月到期的提案"));
        List<String> kinds = api.read(desk, "$.unit.cases[*].kind");
        assertThat(kinds).contains("提案");
        assertThat((Object) api.read(desk, "$.member")).isNull();
        assertThat(page(Logins.login(mvc, "xs_unit"), "/")).contains("已超期").contains("交办事项（按期限）");
    }

    @Test
    void theLeaderSeesTheYearsFiguresChartedAndTheKeyProposals() throws Exception {
        long key = assigned("", "领导督办的重点提案", 20);
        api.post("staff", "/api/v1/proposals/" + key + "/key", "{\"leaders\":[\"分管领导\"]}").andExpect(status().isOk());
        var desk = api.get("leader", "/api/v1/me/desk").andExpect(status().isOk());
        List<String> figures = api.read(desk, "$.leader.figures[*].label");
        assertThat(figures).contains("收到提案", "立案", "微建议", "社情民意信息", "履职活动");
        List<String> charts = api.read(desk, "$.leader.charts[*].title");
        assertThat(charts).hasSize(2);
        List<String> keyTitles = api.read(desk, "$.leader.keyProposals[?(@.mine == true)].title");
        assertThat(keyTitles).contains("领导督办的重点提案");
        String home = page(Logins.login(mvc, "leader"), "/");
        assertThat(home).contains("class=\"chart").contains("本人领衔督办");
    }

    /**
     * Each of the leader's figures counts what the list it opens shows, on the page and through the API: a cancelled
     * activity, a withdrawn micro-suggestion and a withdrawn report are in neither (the unfiltered lists do show them).
     */
    @Test
    void theLeadersFiguresCountWhatTheListsTheyOpenShow() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long cancelled = activity("staff", "领导工作台上已取消的活动", 30);
        jdbc.sql("""
                update activity set status = 'CANCELLED', starts_at = date_trunc('year', now()) + interval '1 day 9 hours',
                       ends_at = date_trunc('year', now()) + interval '1 day 11 hours' where id = ?""").param(cancelled).update();
        String suggestion = "工作台已撤回的微建议" + tag;
        long s = ((Number) api.read(api.post("member", "/api/v1/suggestions", """
                {"requestKey":"%s","title":"%s","body":"建议内容","place":"路口"}""".formatted(UUID.randomUUID(), suggestion))
                .andExpect(status().isCreated()), "$.suggestion.id")).longValue();
        api.post("member", "/api/v1/suggestions/" + s + "/withdraw", null).andExpect(status().isOk());
        String report = "工作台已撤回的社情民意" + tag;
        long r = ((Number) api.read(api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID(), report))
                .andExpect(status().isCreated()), "$.report.id")).longValue();
        api.post("member", "/api/v1/opinions/" + r + "/withdraw", null).andExpect(status().isOk());
        try {
            MockHttpSession leader = Logins.login(mvc, "leader");
            List<Map<String, Object>> figures = api.read(api.get("leader", "/api/v1/me/desk").andExpect(status().isOk()),
                    "$.leader.figures");
            Map<String, String> left = Map.of("履职活动", "领导工作台上已取消的活动", "微建议", suggestion, "社情民意信息", report);
            for (var e : left.entrySet()) {
                Map<String, Object> figure = figures.stream().filter(f -> e.getKey().equals(f.get("label"))).findFirst().orElseThrow();
                String link = (String) figure.get("link");
                long count = ((Number) figure.get("count")).longValue();
                assertThat(listTotal(leader, link)).as(e.getKey() + " → " + link).isEqualTo(count);
                assertThat(((Number) api.read(api.get("leader", "/api/v1" + link).andExpect(status().isOk()), "$.total")).longValue())
                        .as(e.getKey() + " → /api/v1" + link).isEqualTo(count);
                assertThat(page(leader, link)).as(link).doesNotContain(e.getValue());
            }
            int year = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            assertThat(page(leader, "/suggestions?year=" + year)).contains(suggestion);
            assertThat(page(leader, "/opinions?year=" + year)).contains(report);
        } finally {
            jdbc.sql("delete from activity where id = ?").param(cancelled).update();
        }
    }

    @Test
    void aBadReceivedFilterIsRefusedNamingIt() throws Exception {
        MockHttpSession leader = Logins.login(mvc, "leader");
        for (String list : new String[] {"/suggestions", "/opinions"}) {
            String body = mvc.perform(get(list).param("received", "maybe").session(leader)).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(list).contains("received");
            api.get("leader", "/api/v1" + list + "?received=maybe").andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.parameter").value("received"));
        }
    }

    @Test
    void aUserWithSeveralRolesSeesTheSectionOfEach() throws Exception {
        long city = id("select committee_id from user_account where username = 'staff'");
        long member = id("""
                select m.id from member m where m.committee_id = ? and not exists (select 1 from user_account u where u.member_id = m.id)
                 order by m.id limit 1""", city);
        if (jdbc.sql("select count(*) from user_account where username = 'desk_multi'").query(Long.class).single() == 0) {
            accounts.openWithoutCaller(city, new NewAccount("desk_multi", "多角色委员", Logins.DEMO_PASSWORD,
                    Set.of(Role.MEMBER, Role.STAFF, Role.LEADER), "研究室", member, null), false);
        }
        String home = page(Logins.login(mvc, "desk_multi"), "/");
        assertThat(home).contains("id=\"desk-member\"").contains("id=\"desk-office\"").contains("id=\"desk-leader\"")
                .doesNotContain("id=\"desk-unit\"");
    }

    @Test
    void theSubtitleNamesTheOfficeOnlyWhenThereIsOne() throws Exception {
        assertThat(subtitle(page(Logins.login(mvc, "member"), "/"))).isEqualTo("示例市政协 · 委员");
        assertThat(subtitle(page(Logins.login(mvc, "staff"), "/"))).isEqualTo("示例市政协 · 工作人员 · 提案委员会");
        assertThat(subtitle(page(Logins.login(mvc, "leader"), "/"))).isEqualTo("示例市政协 · 领导");
    }

    static String subtitle(String page) {
        Matcher m = Pattern.compile("<p class=\"muted\" id=\"desk-subtitle\">([^<]*)</p>").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The fewest statements of three requests: what is kept per committee may expire between two (see PageCostTests). */
    List<String> statements(MockHttpSession session) throws Exception {
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        List<String> fewest = null;
        for (int i = 0; i < 3; i++) {
            List<String> counted = StatementCounter.count(() -> mvc.perform(get("/").session(session)).andExpect(status().isOk()));
            if (fewest == null || counted.size() < fewest.size()) {
                fewest = counted;
            }
        }
        return fewest;
    }

    @Test
    void theHomePageMakesAFixedNumberOfStatementsWhateverItShows() throws Exception {
        MockHttpSession multi = Logins.login(mvc, "member");
        List<String> before = statements(multi);
        for (int i = 0; i < 3; i++) {
            long p = draft("member2", "计数用联名邀请" + i);
            api.post("member2", "/api/v1/proposals/" + p + "/invitations", "{\"memberIds\":[" + memberId("member") + "]}")
                    .andExpect(status().isOk());
            draft("member", "计数用草稿" + i);
            activity("staff", "计数用活动" + i, 40 + i, "member");
        }
        List<String> after = statements(multi);
        System.out.println("PageCost / (member): " + after.size() + " statements\n" + String.join("\n", after));
        assertThat(after).as(String.join("\n", after)).hasSizeLessThanOrEqualTo(before.size()).hasSizeLessThanOrEqualTo(20);
        MockHttpSession staff = Logins.login(mvc, "staff");
        List<String> office = statements(staff);
        System.out.println("PageCost / (staff): " + office.size() + " statements");
        assertThat(office).as(String.join("\n", office)).hasSizeLessThanOrEqualTo(20);
    }
}
