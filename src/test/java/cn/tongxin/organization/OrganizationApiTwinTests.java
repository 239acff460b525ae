package cn.tongxin.organization;

import static cn.tongxin.support.Logins.apiToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tongxin.support.IntegrationTest;

/** The API twins of the organisation pages that had none: a handling unit's logins and the dictionaries. */
@IntegrationTest
class OrganizationApiTwinTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorOpensAHandlingUnitsLoginThroughTheApi() throws Exception {
        long unit = unitOf("示例市东城区政协");
        call("dc_admin", post("/api/v1/handling-units/" + unit + "/accounts"), """
                {"username":"dc_api_unit","initialPassword":"Unit@2026x"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("dc_api_unit"))
                .andExpect(jsonPath("$.unitId").value(unit))
                .andExpect(jsonPath("$.roles[0]").value("UNIT"));
        call("dc_admin", get("/api/v1/handling-units/" + unit + "/accounts"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("dc_api_unit")));
        assertThat(jdbc.sql("select must_change_password from user_account where username = 'dc_api_unit'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCountyAdministratorCannotOpenALoginForTheCitysUnit() throws Exception {
        long cityUnit = unitOf("示例市政协");
        call("dc_admin", post("/api/v1/handling-units/" + cityUnit + "/accounts"), """
                {"username":"dc_city_unit","initialPassword":"Unit@2026x"}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到承办单位，或您无权查看"));
        assertThat(jdbc.sql("select count(*) from user_account where username = 'dc_city_unit'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsOpenUnitLoginsAndTheInputIsChecked() throws Exception {
        long unit = unitOf("示例市政协");
        call("staff", post("/api/v1/handling-units/" + unit + "/accounts"), """
                {"username":"staff_unit_login","initialPassword":"Unit@2026x"}""")
                .andExpect(status().isForbidden());
        call("admin", post("/api/v1/handling-units/" + unit + "/accounts"), """
                {"username":"a","initialPassword":"123"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("initialPassword")));
    }

    @Test
    void anAdministratorAdaptsADictionaryThroughTheApi() throws Exception {
        call("dc_admin", put("/api/v1/dictionaries/CONTACT_METHOD/VIDEO"), "{\"label\":\"视频会议\",\"sortOrder\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'VIDEO')].label").value("视频会议"))
                .andExpect(jsonPath("$[?(@.code == 'PHONE')].label").value("电话"));
        call("dc_staff", get("/api/v1/dictionaries/CONTACT_METHOD"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("VIDEO")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = '修改字典' and detail like '沟通方式：VIDEO 视频会议%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void dictionariesRefuseStaffBadCodesAndUnknownKinds() throws Exception {
        call("dc_staff", put("/api/v1/dictionaries/CONTACT_METHOD/STAFF_ADD"), "{\"label\":\"工作人员加的\"}")
                .andExpect(status().isForbidden());
        call("dc_admin", put("/api/v1/dictionaries/CONTACT_METHOD/bad code"), "{\"label\":\"\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message", hasItem("代码须为1至40位字母、数字或下划线")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("请填写名称（不超过200个字）")));
        call("dc_admin", get("/api/v1/dictionaries/NO_SUCH_KIND"), null).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from dictionary_entry where code = 'STAFF_ADD'").query(Long.class).single()).isZero();
    }

    private long unitOf(String committee) {
        return jdbc.sql("""
                select u.id from handling_unit u join committee c on c.id = u.committee_id
                 where c.name = ? order by u.id limit 1""").param(committee).query(Long.class).single();
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header("Authorization", "Bearer " + apiToken(mvc, user));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
