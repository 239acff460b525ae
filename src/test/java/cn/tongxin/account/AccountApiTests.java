package cn.tongxin.account;

import static cn.tongxin.support.Logins.apiToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.tongxin.support.IntegrationTest;

/** Account administration through the API: the same rules as the pages, in the caller's committee only. */
@IntegrationTest
class AccountApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorOpensAnOfficeAccountInTheirOwnCommittee() throws Exception {
        call("xs_admin", post("/api/v1/accounts"), """
                {"username":"xs_api_office","displayName":"接口科员","initialPassword":"Office@2026",
                 "roles":["STAFF"],"office":"办公室"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("xs_api_office"))
                .andExpect(jsonPath("$.roles[0]").value("STAFF"))
                .andExpect(jsonPath("$.office").value("办公室"))
                .andExpect(jsonPath("$.enabled").value(true));
        var row = jdbc.sql("""
                select c.name as committee, a.must_change_password from user_account a
                  join committee c on c.id = a.committee_id where a.username = 'xs_api_office'""").query().singleRow();
        assertThat(row).containsEntry("committee", "示例市西山县政协").containsEntry("must_change_password", true);
        assertThat(jdbc.sql("select count(*) from audit_log where action = '创建账户' and detail like '用户名 xs_api_office%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorLinksAnAccountToAMemberOrAUnitOfTheirOwnCommittee() throws Exception {
        long member = idIn("member", "示例市西山县政协");
        long unit = idIn("handling_unit", "示例市西山县政协");
        call("xs_admin", post("/api/v1/accounts"), """
                {"username":"xs_api_member","displayName":"接口委员","initialPassword":"Member@2026",
                 "roles":["MEMBER"],"memberId":%d}""".formatted(member))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberId").value(member));
        call("xs_admin", post("/api/v1/accounts"), """
                {"username":"xs_api_unit","displayName":"接口单位","initialPassword":"Unit@2026x",
                 "roles":["UNIT"],"unitId":%d}""".formatted(unit))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitId").value(unit));
    }

    @Test
    void aCountyAdministratorCannotLinkAnAccountToTheCitysMember() throws Exception {
        long cityMember = idIn("member", "示例市政协");
        call("dc_admin", post("/api/v1/accounts"), """
                {"username":"dc_steals_member","displayName":"越权","initialPassword":"Member@2026",
                 "roles":["MEMBER"],"memberId":%d}""".formatted(cityMember))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("memberId"))
                .andExpect(jsonPath("$.errors[0].message").value("所选委员不存在或不属于本政协"));
        assertThat(accountsNamed("dc_steals_member")).isZero();
    }

    @Test
    void aCountyAdministratorCannotLinkAnAccountToTheCitysHandlingUnit() throws Exception {
        long cityUnit = idIn("handling_unit", "示例市政协");
        call("dc_admin", post("/api/v1/accounts"), """
                {"username":"dc_steals_unit","displayName":"越权","initialPassword":"Unit@2026x",
                 "roles":["UNIT"],"unitId":%d}""".formatted(cityUnit))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"))
                .andExpect(jsonPath("$.errors[0].message").value("所选承办单位不存在或不属于本政协"));
        assertThat(accountsNamed("dc_steals_unit")).isZero();
    }

    @Test
    void aCountyAdministratorCannotReadOrChangeTheCitysAccounts() throws Exception {
        long cityStaff = jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single();
        String before = state(cityStaff);
        call("dc_admin", get("/api/v1/accounts/" + cityStaff), null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到账户，或您无权查看"));
        call("dc_admin", put("/api/v1/accounts/" + cityStaff + "/roles"), "{\"roles\":[\"ADMIN\"]}").andExpect(status().isNotFound());
        call("dc_admin", put("/api/v1/accounts/" + cityStaff + "/enabled"), "{\"enabled\":false}").andExpect(status().isNotFound());
        call("dc_admin", post("/api/v1/accounts/" + cityStaff + "/password"), "{\"initialPassword\":\"Taken@2026\"}")
                .andExpect(status().isNotFound());
        call("dc_admin", post("/api/v1/accounts/" + cityStaff + "/unlock"), null).andExpect(status().isNotFound());
        assertThat(state(cityStaff)).isEqualTo(before);
        call("dc_admin", get("/api/v1/accounts?size=200"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem("dc_staff")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("\"staff\""));
    }

    @Test
    void membersUnitsLeadersAndStaffCannotAdministerAccounts() throws Exception {
        long own = jdbc.sql("select id from user_account where username = 'leader'").query(Long.class).single();
        for (String user : new String[] {"member", "unit", "leader", "staff"}) {
            call(user, post("/api/v1/accounts"), """
                    {"username":"by_%s","displayName":"越权","initialPassword":"Office@2026","roles":["ADMIN"]}""".formatted(user))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("您没有执行此操作的权限"));
            call(user, get("/api/v1/accounts"), null).andExpect(status().isForbidden());
            call(user, put("/api/v1/accounts/" + own + "/roles"), "{\"roles\":[\"ADMIN\"]}").andExpect(status().isForbidden());
            assertThat(accountsNamed("by_" + user)).isZero();
        }
        assertThat(jdbc.sql("select role from user_role where user_account_id = ?").param(own).query(String.class).list())
                .containsExactly("LEADER");
    }

    @Test
    void badInputIsRefusedWithChineseFieldErrors() throws Exception {
        call("xs_admin", post("/api/v1/accounts"), """
                {"username":"x","displayName":" ","initialPassword":"123","roles":[]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("内容有误"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("initialPassword")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("请至少选择一个角色")));
        call("xs_admin", post("/api/v1/accounts"), """
                {"username":"xs_no_link","displayName":"无关联","initialPassword":"Member@2026","roles":["MEMBER"]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("委员角色须关联一名委员"));
        call("xs_admin", post("/api/v1/accounts"), """
                {"username":"xs_long","displayName":"%s","initialPassword":"Office@2026","roles":[]}"""
                .formatted("长".repeat(51)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message", hasItem("姓名不超过50个字符")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("请至少选择一个角色")));
        call("xs_admin", post("/api/v1/accounts"), "{\"roles\":[\"KING\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容格式不正确，请检查参数"));
        assertThat(accountsNamed("xs_no_link")).isZero();
    }

    @Test
    void anAdministratorChangesRolesDisablesResetsAndUnlocksAnAccount() throws Exception {
        String created = call("xs_admin", post("/api/v1/accounts"), """
                {"username":"xs_api_cycle","displayName":"循环","initialPassword":"Cycle@2026","roles":["STAFF"]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        call("xs_admin", put("/api/v1/accounts/" + id + "/roles"), "{\"roles\":[\"STAFF\",\"LEADER\"],\"office\":\"研究室\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.office").value("研究室"));
        call("xs_admin", put("/api/v1/accounts/" + id + "/enabled"), "{\"enabled\":false}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        call("xs_admin", put("/api/v1/accounts/" + id + "/enabled"), "{\"enabled\":true}")
                .andExpect(jsonPath("$.enabled").value(true));
        jdbc.sql("update user_account set locked_until = now() + interval '5 minutes', must_change_password = false where id = ?")
                .param(id).update();
        call("xs_admin", post("/api/v1/accounts/" + id + "/unlock"), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
        call("xs_admin", post("/api/v1/accounts/" + id + "/password"), "{\"initialPassword\":\"short\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("initialPassword"));
        call("xs_admin", post("/api/v1/accounts/" + id + "/password"), "{\"initialPassword\":\"Again@2026\"}")
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select must_change_password from user_account where id = ?").param(id).query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where target_id = ? and action in ('修改角色', '停用账户', '启用账户', '解锁账户', '重置密码')")
                .param(Integer.toString(id)).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void anAdministratorCannotDisableOrDemoteThemself() throws Exception {
        long self = jdbc.sql("select id from user_account where username = 'xs_admin'").query(Long.class).single();
        call("xs_admin", put("/api/v1/accounts/" + self + "/enabled"), "{\"enabled\":false}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("不能停用自己的账户"));
        call("xs_admin", put("/api/v1/accounts/" + self + "/roles"), "{\"roles\":[\"STAFF\"]}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("不能撤销自己的系统管理员角色"));
    }

    @Test
    void theAccountOperationsAreInTheApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}/roles'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}/enabled'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}/password'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}/unlock'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/password'].post").exists());
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header("Authorization", "Bearer " + apiToken(mvc, user));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private long idIn(String table, String committee) {
        return jdbc.sql("select t.id from " + table + " t join committee c on c.id = t.committee_id where c.name = ? order by t.id limit 1")
                .param(committee).query(Long.class).single();
    }

    private long accountsNamed(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class).single();
    }

    private String state(long accountId) {
        return jdbc.sql("""
                select a.enabled || ' ' || a.password_hash || ' ' || a.version || ' ' ||
                       (select string_agg(role, ',' order by role) from user_role where user_account_id = a.id)
                  from user_account a where a.id = ?""").param(accountId).query(String.class).single();
    }
}
