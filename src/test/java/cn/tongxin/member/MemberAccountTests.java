package cn.tongxin.member;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.IntegrationTest;

/** A member's login is opened from the member's record, by the page or the API: one use case, one permission check. */
@IntegrationTest
class MemberAccountTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorOpensAMembersLoginThroughTheApi() throws Exception {
        long member = memberWithoutLogin("示例市西山县政协");
        open("xs_admin", member, "xs_api_m" + member, "Member@2026")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberId").value(member))
                .andExpect(jsonPath("$.roles[0]").value("MEMBER"));
        var row = jdbc.sql("select a.display_name, m.name from user_account a join member m on m.id = a.member_id where a.username = ?")
                .param("xs_api_m" + member).query().singleRow();
        assertThat(row.get("display_name")).isEqualTo(row.get("name"));
    }

    @Test
    void anAdministratorOpensAMembersLoginFromTheMembersPage() throws Exception {
        long member = memberWithoutLogin("示例市西山县政协");
        mvc.perform(post("/members/" + member + "/account").session(login(mvc, "xs_admin")).with(csrf())
                        .param("username", "xs_page_m" + member).param("initialPassword", "Member@2026"))
                .andExpect(redirectedUrl("/members/" + member))
                .andExpect(result -> assertThat(result.getFlashMap().get("notice")).isEqualTo("已为该委员开通账户，首次登录须修改初始密码"));
        assertThat(loginsOf(member)).isEqualTo(1);
    }

    @Test
    void aCountyAdministratorCannotOpenALoginForTheCitysMember() throws Exception {
        long cityMember = memberWithoutLogin("示例市政协");
        open("dc_admin", cityMember, "dc_city_member", "Member@2026")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到委员，或您无权查看"));
        mvc.perform(post("/members/" + cityMember + "/account").session(login(mvc, "dc_admin")).with(csrf())
                        .param("username", "dc_city_member").param("initialPassword", "Member@2026"))
                .andExpect(status().isNotFound());
        assertThat(loginsOf(cityMember)).isZero();
    }

    @Test
    void staffMembersAndLeadersCannotOpenLogins() throws Exception {
        long member = memberWithoutLogin("示例市政协");
        for (String user : new String[] {"staff", "member", "leader", "unit"}) {
            open(user, member, "by_" + user + "_m", "Member@2026")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("您没有执行此操作的权限"));
        }
        assertThat(loginsOf(member)).isZero();
    }

    @Test
    void aWeakPasswordOrBadUsernameIsRefusedWithFieldErrors() throws Exception {
        long member = memberWithoutLogin("示例市政协");
        open("admin", member, "no", "123")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[1].field").value("initialPassword"));
        assertThat(loginsOf(member)).isZero();
    }

    private ResultActions open(String user, long member, String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/members/" + member + "/account").header("Authorization", "Bearer " + apiToken(mvc, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"initialPassword\":\"%s\"}".formatted(username, password)));
    }

    /** The last member still without a login: each test that opens one takes a fresh member. */
    private long memberWithoutLogin(String committee) {
        return jdbc.sql("""
                select m.id from member m join committee c on c.id = m.committee_id
                 where c.name = ? and not exists (select 1 from user_account a where a.member_id = m.id)
                 order by m.id desc limit 1""").param(committee).query(Long.class).single();
    }

    private long loginsOf(long member) {
        return jdbc.sql("select count(*) from user_account where member_id = ?").param(member).query(Long.class).single();
    }
}
