package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * Both doors offer what the table says: for each role (author member, correspondent, staff, leader, another member)
 * and each status, the forms on the report page and the API's {@code actions} equal the table's actions.
 */
@IntegrationTest
class OfferedActionsPageTests {

    private static final Pattern ACTION = Pattern.compile("data-action=\"(\\w+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Case(String user, String author, Set<Party> parties) {
    }

    @Test
    void theReportPageAndTheApiOfferTheTablesActionsToEveryRoleInEveryStatus() throws Exception {
        Api api = new Api(mvc);
        long byMember = report(api, "member");
        long byCorrespondent = report(api, "correspondent");
        List<Case> cases = List.of(
                new Case("member", "member", EnumSet.of(Party.AUTHOR)),
                new Case("correspondent", "correspondent", EnumSet.of(Party.AUTHOR)),
                new Case("staff", "member", EnumSet.of(Party.STAFF)),
                new Case("leader", "correspondent", EnumSet.noneOf(Party.class)),
                new Case("member2", "member", EnumSet.noneOf(Party.class)));
        for (OpinionStatus status : OpinionStatus.values()) {
            jdbc.sql("update opinion_report set status = ? where id in (?, ?)").params(status.name(), byMember, byCorrespondent).update();
            for (Case c : cases) {
                long id = c.author().equals("member") ? byMember : byCorrespondent;
                List<String> expected = OpinionWorkflow.TABLE.actions(status, c.parties()).stream().map(Enum::name).toList();
                assertThat(onPage(c.user(), id)).as(c.user() + " page " + status).isEqualTo(expected);
                assertThat(inApi(api, c.user(), id)).as(c.user() + " api " + status).isEqualTo(expected);
            }
        }
    }

    private long report(Api api, String user) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"可办事项","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    private final java.util.Map<String, org.springframework.mock.web.MockHttpSession> sessions = new java.util.HashMap<>();

    private List<String> onPage(String user, long id) throws Exception {
        var session = sessions.get(user);
        if (session == null) {
            session = Logins.login(mvc, user);
            sessions.put(user, session);
        }
        String html = mvc.perform(get("/opinions/" + id).session(session)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        var m = ACTION.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private List<String> inApi(Api api, String user, long id) throws Exception {
        var r = api.get(user, "/api/v1/opinions/" + id).andReturn().getResponse();
        if (r.getStatus() == 404) {
            return List.of();
        }
        return com.jayway.jsonpath.JsonPath.read(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.actions");
    }
}
