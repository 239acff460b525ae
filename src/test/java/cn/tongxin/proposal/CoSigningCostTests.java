package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.web.StatementCounter;

/**
 * 邀请联名 costs the same few statements however many members are invited: the members looked up together, the
 * invitations written together, one message to all of them (one publication) and one history entry naming them all.
 */
@IntegrationTest
class CoSigningCostTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long city;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        city = DemoCommittees.of(jdbc).city();
    }

    @Test
    void invitingThreeMembersMakesAsManyStatementsAsInvitingOne() throws Exception {
        List<Long> others = activeMembersOtherThanTheLead(4);
        long first = draft("语句计数：邀请一位委员联名");
        long second = draft("语句计数：邀请三位委员联名");
        api.post("member", "/api/v1/proposals/" + first + "/invitations", "{\"memberIds\":[]}"); // warms the path
        List<String> one = StatementCounter.count(() -> invite(first, others.subList(0, 1)));
        List<String> three = StatementCounter.count(() -> invite(second, others.subList(1, 4)));
        System.out.println("CoSigningCost invite 1: " + one.size() + " statements, invite 3: " + three.size() + " statements\n"
                + String.join("\n", three));
        assertThat(three).as(String.join("\n", three)).hasSameSizeAs(one);
        assertThat(three.stream().filter(sql -> sql.toLowerCase().contains("event_publication")).count())
                .as("the invitation's facts and the one message to all, in one batch at commit").isEqualTo(1);
        assertThat(three.stream().filter(sql -> sql.toLowerCase().contains("insert into notification")).count()).isEqualTo(1);
        assertThat(three.stream().filter(sql -> sql.toLowerCase().contains("timeline_entry")).count()).isEqualTo(1);
    }

    @Test
    void everyInvitedMemberFindsTheInvitationInTheInboxAndTheHistoryNamesThemAllOnce() throws Exception {
        List<Long> others = activeMembersOtherThanTheLead(2);
        long id = draft("两位委员一起邀请的联名提案");
        invite(id, others).andExpect(status().is2xxSuccessful());

        for (long m : others) {
            assertThat(jdbc.sql("""
                    select count(*) from notification
                     where recipient_kind = 'MEMBER' and recipient_id = ? and title = '联名邀请：两位委员一起邀请的联名提案'
                       and link = ?""").params(m, "/proposals/" + id).query(Long.class).single())
                    .as("member %d's inbox", m).isEqualTo(1);
            assertThat(jdbc.sql("select status from proposal_cosigner where proposal_id = ? and member_id = ?").params(id, m)
                    .query(String.class).single()).isEqualTo("INVITED");
        }
        String names = others.stream().map(this::name).collect(Collectors.joining("、"));
        assertThat(history(id)).containsExactly(names);
        assertThat(jdbc.sql("""
                select count(*) from event_publication
                 where event_type like '%.MessagesCreated' and serialized_event like ?""")
                .param("%联名邀请：两位委员一起邀请的联名提案%").query(Long.class).single())
                .as("one publication for the message to both").isEqualTo(1);

        // inviting them again with one more: only the new one is told and named
        long third = activeMembersOtherThanTheLead(3).get(2);
        invite(id, List.of(others.get(0), third, others.get(1))).andExpect(status().is2xxSuccessful());
        assertThat(history(id)).containsExactly(names, name(third));
        assertThat(jdbc.sql("""
                select count(*) from notification where recipient_kind = 'MEMBER' and recipient_id = ? and link = ?""")
                .params(others.get(0), "/proposals/" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theChecksStayAsTheyWereForEachMemberNamed() throws Exception {
        List<Long> others = activeMembersOtherThanTheLead(1);
        long lead = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        long id = draft("检查不变的联名提案");
        invite(id, List.of(others.getFirst(), 999_999_999L)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("所选委员不存在"));
        long county = jdbc.sql("select id from member where committee_id <> ? order by id limit 1").param(city).query(Long.class).single();
        invite(id, List.of(county)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("所选委员不存在"));
        invite(id, List.of(others.getFirst(), lead)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("不能邀请第一提案人本人联名"));
        var left = jdbc.sql("select id, name from member where committee_id = ? and status <> 'ACTIVE' order by id limit 1")
                .param(city).query().listOfRows();
        if (!left.isEmpty()) {
            invite(id, List.of(((Number) left.getFirst().get("id")).longValue())).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value(left.getFirst().get("name") + "已离任，不能邀请联名"));
        }
        assertThat(jdbc.sql("select count(*) from proposal_cosigner where proposal_id = ?").param(id).query(Long.class).single())
                .as("nobody invited by a refused request").isZero();
        assertThat(history(id)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions invite(long id, List<Long> members) throws Exception {
        return api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":" + members + "}");
    }

    private long draft(String title) throws Exception {
        String key = UUID.randomUUID().toString();
        api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"JOINT","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(key, title))
                .andExpect(status().isCreated());
        return jdbc.sql("select id from proposal where committee_id = ? and request_key = ?").params(city, key).query(Long.class).single();
    }

    /** Active members of the city other than the lead ("member"). */
    private List<Long> activeMembersOtherThanTheLead(int n) {
        List<Long> ids = jdbc.sql("""
                select m.id from member m
                 where m.committee_id = ? and m.status = 'ACTIVE'
                   and m.id <> (select member_id from user_account where username = 'member')
                 order by m.id limit ?""").params(city, n).query(Long.class).list();
        assertThat(ids).hasSize(n);
        return ids;
    }

    private String name(long memberId) {
        return jdbc.sql("select name from member where id = ?").param(memberId).query(String.class).single();
    }

    /** The comments of the proposal's 邀请联名 entries, oldest first. */
    private List<String> history(long id) {
        return jdbc.sql("""
                select comment from timeline_entry where subject_type = ? and subject_id = ? and action = '邀请联名' order by id""")
                .params(SubjectType.PROPOSAL.name(), id).query(String.class).list();
    }
}
