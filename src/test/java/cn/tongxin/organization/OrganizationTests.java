package cn.tongxin.organization;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class OrganizationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasTheOrganisationOfAMunicipalCommittee() {
        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        assertThat(jdbc.sql("select name from committee where parent_id = ? and level = 'COUNTY'").param(city)
                .query(String.class).list()).contains("示例市东城区政协", "示例市西山县政协");
        assertThat(count(city, "SECTOR")).isBetween(30L, 40L);
        assertThat(count(city, "SPECIAL_COMMITTEE")).isEqualTo(10);
        assertThat(count(city, "STUDIO")).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from handling_unit where committee_id = ?").param(city).query(Long.class).single()).isEqualTo(25);
        assertThat(jdbc.sql("select count(*) from member where committee_id = ?").param(city).query(Long.class).single()).isGreaterThanOrEqualTo(150);
    }

    private long count(long committee, String kind) {
        return jdbc.sql("select count(*) from org_unit where committee_id = ? and kind = ?").params(committee, kind).query(Long.class).single();
    }

    @Test
    void settingsDefaultToTheRegulationsAndRefuseValuesOutOfRange() throws Exception {
        String token = apiToken(mvc, "xs_admin");
        mvc.perform(get("/api/v1/settings").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'REPLY_DEADLINE_MONTHS')].value").value(3))
                .andExpect(jsonPath("$[?(@.key == 'RATING_WINDOW_DAYS')].value").value(15));
        mvc.perform(put("/api/v1/settings").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"RATING_WINDOW_DAYS\":\"20\",\"REPLY_DEADLINE_MONTHS\":\"99\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("办理期限（自交办起）须在1至12之间"));
        mvc.perform(put("/api/v1/settings").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"RATING_WINDOW_DAYS\":\"20\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'RATING_WINDOW_DAYS')].value").value(20));
        assertThat(jdbc.sql("select count(*) from audit_log where action = '修改设置' and detail like '评价期限%15 → 20'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(put("/api/v1/settings").header("Authorization", "Bearer " + apiToken(mvc, "xs_staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"RATING_WINDOW_DAYS\":\"30\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCreatesAHandlingUnitAndOpensItsAccount() throws Exception {
        var session = login(mvc, "dc_admin");
        mvc.perform(post("/org/units").session(session).with(csrf())
                        .param("name", "东城区测试局").param("unitType", "政府部门").param("contactPhone", "abc"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("联系电话格式不正确"));
        mvc.perform(post("/org/units").session(session).with(csrf())
                        .param("name", "东城区测试局").param("unitType", "政府部门").param("contactPerson", "李四").param("contactPhone", "0551-1234567"))
                .andExpect(status().is3xxRedirection());
        long unit = jdbc.sql("select id from handling_unit where name = '东城区测试局'").query(Long.class).single();
        mvc.perform(post("/org/units/" + unit + "/accounts").session(session).with(csrf())
                        .param("username", "dc_test_unit").param("initialPassword", "Unit@2026x"))
                .andExpect(status().is3xxRedirection());
        var account = jdbc.sql("select unit_id, must_change_password from user_account where username = 'dc_test_unit'").query().singleRow();
        assertThat(account).containsEntry("unit_id", unit).containsEntry("must_change_password", true);
        assertThat(jdbc.sql("select role from user_role r join user_account a on a.id = r.user_account_id where a.username = 'dc_test_unit'")
                .query(String.class).list()).containsExactly("UNIT");
    }

    @Test
    void aCountyCommitteeCannotHaveChildCommittees() throws Exception {
        String token = apiToken(mvc, "dc_admin");
        mvc.perform(post("/api/v1/committees").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"不应存在的政协\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("县级政协之下不能再设下级政协"));
    }

    @Test
    void aMunicipalAdministratorAddsACountyCommittee() throws Exception {
        String token = apiToken(mvc, "admin");
        mvc.perform(post("/api/v1/committees").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"示例市南湖区政协\",\"region\":\"南湖区\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.parentName").value("示例市政协"));
    }

    @Test
    void concurrentEditsOfASectorAreDetected() throws Exception {
        var session = login(mvc, "xs_admin");
        var sector = jdbc.sql("""
                select u.id, u.version from org_unit u join committee c on c.id = u.committee_id
                 where c.name = '示例市西山县政协' and u.kind = 'SECTOR' and u.name = '体育界'""").query().singleRow();
        String url = "/org/dir/sectors/" + sector.get("id");
        mvc.perform(post(url).session(session).with(csrf()).param("name", "体育界").param("description", "第一次")
                .param("version", sector.get("version").toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post(url).session(session).with(csrf()).param("name", "体育界").param("description", "第二次")
                        .param("version", sector.get("version").toString()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("已被他人修改"));
        assertThat(jdbc.sql("select description from org_unit where id = ?").param(sector.get("id")).query(String.class).single())
                .isEqualTo("第一次");
    }

    @Test
    void chinesePagesForMissingAndForbiddenRevealNoInternals() throws Exception {
        String missing = mvc.perform(get("/members/abc").session(login(mvc, "staff")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("请求的页面不存在").doesNotContain("Exception").doesNotContain("at cn.");
        String forbidden = mvc.perform(get("/admin/users").session(login(mvc, "staff")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(forbidden).doesNotContain("Exception");
    }

    @Test
    void anAdministratorAdaptsADictionaryAndTheFormsFollow() throws Exception {
        var session = login(mvc, "xs_admin");
        mvc.perform(post("/org/dictionaries/PROPOSAL_CATEGORY").session(session).with(csrf())
                        .param("code", "bad code!").param("label", "x").param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("error").toString()).contains("代码须为"));
        mvc.perform(post("/org/dictionaries/PROPOSAL_CATEGORY").session(session).with(csrf())
                        .param("code", "RURAL").param("label", "乡村振兴").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/dictionaries/PROPOSAL_CATEGORY").session(session).with(csrf())
                        .param("code", "OTHER").param("label", "其他").param("active", "false"))
                .andExpect(status().is3xxRedirection());
        String form = mvc.perform(get("/proposals/new").session(login(mvc, "xs_staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("乡村振兴").contains("经济建设").doesNotContain(">其他<");
        // other committees keep the defaults; staff may look but not change
        assertThat(mvc.perform(get("/proposals/new").session(login(mvc, "staff"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("乡村振兴");
        mvc.perform(post("/org/dictionaries/PROPOSAL_CATEGORY").session(login(mvc, "xs_staff")).with(csrf())
                .param("code", "X").param("label", "x").param("active", "true")).andExpect(status().isForbidden());
    }
}
