package cn.tongxin.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo committee tree by id: 示例市政协 over 示例市东城区政协 (users dc_…) and 示例市西山县政协 (users xs_…). */
public record DemoCommittees(long city, long east, long west) {

    public static DemoCommittees of(JdbcClient jdbc) {
        return new DemoCommittees(id(jdbc, "示例市政协"), id(jdbc, "示例市东城区政协"), id(jdbc, "示例市西山县政协"));
    }

    /** The committee of a demo user, e.g. "xs_staff". */
    public static long ofUser(JdbcClient jdbc, String username) {
        return jdbc.sql("select committee_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    /** Both counties take back their grants to the city, so that a test leaves none behind. */
    public void revokeGrants(MockMvc mvc) throws Exception {
        for (String office : java.util.List.of("dc_staff", "xs_staff")) {
            mvc.perform(delete("/api/v1/committee-grants/" + city).header("Authorization", "Bearer " + Logins.apiToken(mvc, office)));
        }
    }

    private static long id(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from committee where name = ?").param(name).query(Long.class).single();
    }
}
